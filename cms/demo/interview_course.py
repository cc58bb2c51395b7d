"""Demo course "Préparer un entretien d'embauche": three modules, nine lessons of real teaching
content, the last module on the cover letter that gets you the interview."""

from .builder import (
    Course,
    Lesson,
    Module,
    checklist,
    document,
    example,
    fr,
    h2,
    h3,
    image,
    info,
    p,
    tip,
    warning,
)

# --- Module 1 -----------------------------------------------------------------------------------
SE_RENSEIGNER = Lesson(
    title="Se renseigner sur l'employeur",
    slug="se-renseigner-sur-l-employeur",
    intro=(
        "Un candidat qui connaît l'entreprise se démarque dès les premières minutes : voici où "
        "chercher et quoi noter."
    ),
    minutes=7,
    body=[
        h2("Pourquoi le recruteur y tient"),
        p(
            """<p>Presque tous les recruteurs posent, sous une forme ou une autre, la question
            « Que savez-vous de notre entreprise ? ». Ils ne vous font pas passer un examen : ils
            vérifient que votre candidature est un vrai choix, et pas un envoi parmi cent autres.
            Une
            personne qui s'est renseignée pose de meilleures questions, comprend plus vite le poste
            et paraît plus motivée. Une heure de recherche suffit, la veille ou l'avant-veille de
            l'entretien.</p>"""
        ),
        h2("Où chercher"),
        p(
            """<ol>
            <li><b>L'offre d'emploi</b>, relue ligne à ligne : missions, outils, horaires, et les
            mots que l'entreprise utilise pour se décrire.</li>
            <li><b>Le site de l'entreprise</b> : ses produits ou services, ses clients, son nombre
            de salariés et de sites, ses actualités (un nouveau magasin, un nouveau contrat).</li>
            <li><b>Les avis et la presse locale</b> : avis de clients sur les cartes en ligne,
            articles du journal local, réseaux sociaux de l'entreprise. Ils disent ce qui compte
            pour
            elle et ce que les clients attendent.</li>
            <li><b>Votre réseau</b> : une personne qui y travaille, un ancien salarié, un
            fournisseur. Dix minutes au téléphone valent souvent plus qu'une heure sur
            internet.</li>
            </ol>
            <p>Si vous le pouvez, allez voir le lieu : un magasin, un restaurant ou une agence
            s'observent de l'extérieur. Vous saurez aussi combien de temps prend le trajet.</p>"""
        ),
        example(
            "Répondre à « Que savez-vous de nous ? »",
            bad="Pas grand-chose, mais je suis très motivé pour travailler chez vous.",
            good=(
                "Vous avez trois magasins dans l'agglomération et vous venez d'ouvrir un rayon "
                "vrac. Les avis de vos clients parlent beaucoup de l'accueil : c'est justement ce "
                "que je préfère dans la vente."
            ),
            why=(
                "Deux faits précis et un lien avec vous suffisent : le recruteur voit que vous "
                "avez pris le temps de le connaître."
            ),
        ),
        h2("Quoi noter sur une fiche"),
        p(
            """<p>Préparez une fiche d'une page par entretien, que vous relirez juste avant
            d'entrer : le nom et la fonction de la personne qui vous reçoit, l'adresse et l'heure,
            trois informations sur l'entreprise, trois raisons pour lesquelles le poste vous
            correspond, et deux ou trois questions à poser. Avec cette fiche, vous n'avez rien à
            apprendre par cœur : vous avez simplement de quoi parler.</p>"""
        ),
        info(
            "Entretien avec une agence d'intérim ou un cabinet",
            """<p>Si l'entretien a lieu dans une agence d'intérim ou un cabinet de recrutement,
            renseignez-vous aussi sur l'entreprise cliente quand son nom est connu, et demandez à
            l'agence comment se passera la suite : un second entretien, un test, une mise en
            situation.</p>""",
        ),
        checklist(
            "Ma fiche entretien est prête quand...",
            [
                "J'ai relu l'offre et surligné les missions principales",
                "Je connais trois faits sur l'entreprise (activité, taille, actualité)",
                "Je sais qui me reçoit, où et à quelle heure",
                "J'ai noté trois raisons qui me relient au poste",
                "J'ai préparé deux ou trois questions à poser",
            ],
        ),
    ],
)

PARLEZ_MOI_DE_VOUS = Lesson(
    title=fr("Se présenter : « Parlez-moi de vous »"),
    slug="parlez-moi-de-vous",
    intro=(
        "La première question de presque tous les entretiens : préparez deux minutes claires, "
        "qui mènent au poste."
    ),
    minutes=7,
    body=[
        h2("Ce que cache cette question"),
        p(
            """<p>« Parlez-moi de vous » ou « Présentez-vous » ouvre la plupart des entretiens. La
            question paraît simple, et c'est ce qui la rend piégeuse : sans préparation, on raconte
            sa vie dans l'ordre, depuis l'école, et on perd le recruteur au bout d'une minute. Ce
            qu'il attend, c'est un <b>résumé professionnel</b> qui répond à une seule question :
            pourquoi êtes-vous là, pour ce poste ?</p>
            <p>Visez <b>une minute trente à deux minutes</b>. C'est court, mais le recruteur
            rebondira sur ce qui l'intéresse.</p>"""
        ),
        h2("Une structure en trois temps : présent, passé, avenir"),
        p(
            """<ol>
            <li><b>Aujourd'hui</b> : qui vous êtes professionnellement. « Je suis vendeuse, avec
            cinq ans d'expérience en boulangerie. »</li>
            <li><b>Votre parcours</b>, en deux ou trois étapes choisies pour le poste, chacune avec
            une réalisation : une responsabilité, un chiffre, une compétence acquise.</li>
            <li><b>Ce que vous cherchez</b> et pourquoi ce poste : le lien entre votre parcours et
            l'offre. C'est la phrase qui conclut et donne la parole au recruteur.</li>
            </ol>"""
        ),
        example(
            "Le début de la présentation",
            bad=(
                "Alors, je suis née à Lille, j'ai passé mon bac en 2012, ensuite j'ai fait un peu "
                "de tout..."
            ),
            good=(
                "Je suis préparateur de commandes depuis quatre ans, titulaire des CACES 1 et 5. "
                "Chez mon dernier employeur, je préparais environ 170 colis par jour, et j'ai "
                "formé deux nouveaux collègues au scanner."
            ),
            why=(
                "La seconde version dit tout de suite le métier, le niveau et une preuve : le "
                "recruteur sait de quoi vous allez parler."
            ),
        ),
        h2("Ce qu'on laisse de côté"),
        p(
            """<p>Votre vie privée (situation familiale, santé, religion, opinions) n'a pas sa
            place dans cette présentation, et vous n'avez pas à en parler. Évitez aussi de critiquer
            un ancien employeur : même justifiée, la critique inquiète le recruteur, qui se demande
            ce que vous direz de lui. Si une période est délicate (un licenciement, une longue
            pause), gardez une phrase courte, factuelle et tournée vers l'avenir, comme dans le
            cours « Réussir son CV ».</p>"""
        ),
        h2("Si vous changez de métier"),
        p(
            """<p>Commencez par le projet plutôt que par le passé : « Je me reconvertis dans l'aide
            à domicile après dix ans dans la restauration. » Puis citez ce qui se transfère :
            l'organisation, le contact avec le public, la résistance au rythme.</p>"""
        ),
        tip(
            "Entraînez-vous à voix haute",
            """<p>Enregistrez-vous avec votre téléphone, puis réécoutez : la durée, les hésitations,
            les « euh ». Recommencez trois ou quatre fois, sans apprendre un texte par cœur :
            retenez les trois étapes et un exemple pour chacune, les mots viendront.</p>""",
        ),
        checklist(
            "Ma présentation est prête quand...",
            [
                "Elle dure entre une minute trente et deux minutes",
                "Elle commence par mon métier ou mon projet",
                "Chaque étape de mon parcours a une réalisation",
                "Elle se termine par le lien avec ce poste",
                "Je l'ai dite à voix haute au moins trois fois",
            ],
        ),
    ],
)

TELEPHONE_OU_VISIO = Lesson(
    title="Réussir un entretien par téléphone ou en visio",
    slug="entretien-telephone-ou-visio",
    intro=(
        "De plus en plus d'entretiens commencent à distance : quelques réglages et réflexes "
        "changent tout."
    ),
    minutes=6,
    body=[
        h2("Un vrai entretien, même s'il est court"),
        p(
            """<p>Beaucoup de recruteurs commencent par un appel de dix à vingt minutes pour
            vérifier quelques points : vos disponibilités, votre intérêt pour le poste, vos
            conditions. D'autres font tout l'entretien en visioconférence. Dans les deux cas, c'est
            un entretien à part entière : préparez-le comme un rendez-vous en face à face, avec
            votre
            fiche, votre CV et l'offre sous les yeux.</p>"""
        ),
        h2("Au téléphone"),
        p(
            """<ul>
            <li><b>Choisissez le lieu</b> : une pièce calme, sans télévision ni enfants qui jouent,
            avec une bonne réception. Si l'appel tombe au mauvais moment, proposez poliment de
            rappeler dans l'heure : c'est mieux que de répondre dans le bus.</li>
            <li><b>Souriez en parlant</b> : cela s'entend. Parlez un peu plus lentement que
            d'habitude et ne coupez pas la parole, car on ne voit pas les signes qui annoncent la
            fin d'une phrase.</li>
            <li><b>Prenez des notes</b> : le nom de votre interlocuteur, les prochaines étapes, la
            date d'une éventuelle rencontre.</li>
            </ul>"""
        ),
        example(
            "Un appel qui tombe au mauvais moment",
            bad="Allô ? Oui... euh, c'est pour quoi ? Attendez, je descends du bus.",
            good=(
                "Bonjour, Amina Diallo. Merci de votre appel ! Je suis dans les transports : "
                "puis-je vous rappeler dans vingt minutes, au calme, à ce numéro ?"
            ),
            why=(
                "Proposer de rappeler n'est pas un refus : c'est la garantie d'un échange où "
                "vous êtes disponible et préparé."
            ),
        ),
        h2("En visioconférence"),
        image(
            "video-call",
            alt=(
                "Un ordinateur portable posé sur des livres : à l'écran, un recruteur ; à côté, "
                "une lampe, un carnet et un verre d'eau."
            ),
            caption=(
                "La caméra à hauteur des yeux, la lumière en face de vous, vos notes à portée de "
                "main."
            ),
        ),
        p(
            """<ul>
            <li><b>Testez l'outil la veille</b> : installez l'application indiquée dans
            l'invitation, vérifiez le son, le micro et la caméra, et notez le lien.</li>
            <li><b>Soignez le cadre</b> : la caméra à hauteur des yeux (posez l'ordinateur sur des
            livres), la lumière face à vous plutôt que derrière, un fond simple.</li>
            <li><b>Regardez la caméra</b> quand vous parlez : pour le recruteur, c'est votre
            regard.</li>
            <li><b>Habillez-vous comme pour un rendez-vous</b>, y compris ce qui ne se voit pas :
            on se tient mieux.</li>
            </ul>"""
        ),
        warning(
            "Si la connexion coupe",
            """<p>Gardez le numéro de téléphone du recruteur à côté de vous. Si l'image se fige,
            ne paniquez pas : reconnectez-vous, ou appelez pour proposer de continuer par
            téléphone. Un incident technique bien géré montre votre calme.</p>""",
        ),
        tip(
            "Le téléphone comme caméra",
            """<p>Pas d'ordinateur ? Un téléphone suffit. Posez-le à l'horizontale, bien calé,
            branché sur le chargeur, et activez le mode « Ne pas déranger » pour éviter les
            notifications pendant l'entretien.</p>""",
        ),
        checklist(
            "Avant un entretien à distance",
            [
                "J'ai testé le lien, le son et la caméra la veille",
                "Je suis dans un endroit calme, téléphone chargé",
                "Mon CV, l'offre et ma fiche sont devant moi",
                "J'ai le numéro du recruteur en cas de coupure",
            ],
        ),
    ],
)

# --- Module 2 -----------------------------------------------------------------------------------
QUESTIONS_CLASSIQUES = Lesson(
    title="Répondre aux questions classiques",
    slug="repondre-aux-questions-classiques",
    intro=(
        "Défauts, qualités, motivation, salaire : les questions qui reviennent toujours, et la "
        "façon d'y répondre sans réciter."
    ),
    minutes=8,
    body=[
        h2("« Pourquoi ce poste ? Pourquoi chez nous ? »"),
        p(
            """<p>Le recruteur veut savoir si vous resterez et si vous avez compris le poste.
            Répondez en deux parties : ce qui vous attire dans le <b>métier</b> (une tâche que vous
            aimez, un public), puis ce qui vous attire dans <b>l'entreprise</b>, grâce à vos
            recherches. Évitez les réponses qui ne parlent que de vous (« c'est près de chez moi »),
            même si elles sont vraies.</p>"""
        ),
        h2("« Quels sont vos défauts ? »"),
        p(
            """<p>C'est la question que les candidats redoutent le plus. Le recruteur ne cherche pas
            à vous piéger : il vérifie que vous vous connaissez et que vous savez progresser.
            Choisissez un <b>vrai défaut</b>, qui n'empêche pas de faire le poste, et montrez ce
            que vous faites pour le corriger.</p>"""
        ),
        example(
            "Parler d'un défaut",
            bad="Je suis trop perfectionniste, je travaille trop.",
            good=(
                "J'ai du mal à dire non quand un collègue me demande un coup de main, et il "
                "m'est arrivé de prendre du retard sur mes propres tâches. Maintenant, je regarde "
                "mon planning avant d'accepter et je propose un autre moment si besoin."
            ),
            why=(
                "Le faux défaut déguisé en qualité est connu de tous les recruteurs. Un défaut "
                "réel, accompagné de ce que vous faites pour le corriger, inspire confiance."
            ),
        ),
        h2("« Quelles sont vos qualités ? »"),
        p(
            """<p>Citez deux ou trois qualités utiles pour le poste, et une preuve pour chacune.
            « Je suis fiable » ne dit rien ; « en trois ans, je n'ai jamais eu d'écart de caisse »
            le démontre. La méthode STAR, dans la leçon suivante, vous aide à préparer ces
            preuves.</p>"""
        ),
        h2("« Pourquoi avez-vous quitté votre dernier emploi ? »"),
        p(
            """<p>Restez bref, factuel et positif : une fin de contrat, un déménagement, l'envie
            d'évoluer. Ne critiquez ni l'entreprise ni vos anciens collègues. Après une rupture
            difficile, une phrase suffit : « Le poste ne correspondait plus à ce que je voulais
            faire ; j'ai profité de cette période pour me former. »</p>"""
        ),
        h2("« Quelles sont vos prétentions salariales ? »"),
        p(
            """<p>Renseignez-vous avant : les salaires affichés dans des offres similaires, la
            grille de la convention collective du secteur. Donnez une <b>fourchette en brut</b>,
            mensuel ou annuel, et précisez que vous êtes ouvert à la discussion selon les horaires
            et les avantages.</p>"""
        ),
        warning(
            "Les questions qu'on ne peut pas vous poser",
            """<p>Un recruteur ne peut vous demander que des informations en lien direct avec le
            poste et vos compétences (article L1221-6 du Code du travail). Vos projets d'enfants,
            une grossesse, votre religion, vos origines ou votre santé n'en font pas partie. Vous
            pouvez répondre poliment : « Je préfère parler de ce que je peux apporter au poste. »
            En cas de discrimination, le Défenseur des droits peut vous aider.</p>""",
        ),
        checklist(
            "Les questions classiques sont prêtes quand...",
            [
                "J'ai deux raisons pour le métier et une pour l'entreprise",
                "J'ai un vrai défaut et ce que je fais pour le corriger",
                "J'ai trois qualités, chacune avec un exemple",
                "J'ai une phrase courte et positive sur mon départ",
                "Je connais la fourchette de salaire du poste",
            ],
        ),
    ],
)

METHODE_STAR = Lesson(
    title="Raconter une expérience avec la méthode STAR",
    slug="la-methode-star",
    intro=(
        "« Racontez-moi une situation où... » : une méthode en quatre étapes pour répondre avec "
        "des faits."
    ),
    minutes=7,
    body=[
        h2("Les questions sur des situations vécues"),
        p(
            """<p>De plus en plus de recruteurs demandent des exemples précis plutôt que des
            qualités : « Racontez-moi une fois où vous avez dû gérer un client mécontent », «
            Parlez-moi d'une erreur que vous avez commise ». L'idée est simple : ce que vous avez
            fait
            hier annonce ce que vous ferez demain. Pour répondre sans vous perdre dans les détails,
            utilisez la <b>méthode STAR</b>.</p>"""
        ),
        h2("Quatre étapes, une minute"),
        p(
            """<ol>
            <li><b>S comme Situation</b> : le contexte, en une ou deux phrases. Où, quand, avec
            qui.</li>
            <li><b>T comme Tâche</b> : ce qu'on attendait de vous, le problème à résoudre.</li>
            <li><b>A comme Action</b> : ce que <i>vous</i> avez fait, concrètement, étape par étape.
            C'est la partie la plus longue. Dites « je » plutôt que « on ».</li>
            <li><b>R comme Résultat</b> : ce qui s'est passé ensuite, si possible avec un chiffre,
            et ce que vous en avez appris.</li>
            </ol>"""
        ),
        example(
            "« Parlez-moi d'un client difficile »",
            bad="Oh, des clients difficiles, j'en ai eu beaucoup. Je reste toujours calme.",
            good=(
                "Un samedi, un client est revenu furieux : sa commande de gâteau n'était pas "
                "prête (S). Je devais le calmer sans bloquer la file (T). Je l'ai pris à part, "
                "j'ai vérifié avec le laboratoire et je lui ai proposé un gâteau équivalent "
                "offert, prêt en vingt minutes (A). Il est reparti satisfait et il est revenu "
                "commander pour un baptême le mois suivant (R)."
            ),
            why=(
                "La première réponse affirme une qualité ; la seconde la prouve par une histoire "
                "courte, précise et vérifiable."
            ),
        ),
        h2("Préparer cinq histoires à l'avance"),
        p(
            """<p>Reprenez les réussites notées dans le cours « Réussir son CV » et préparez cinq
            histoires STAR qui couvrent les situations les plus fréquentes : une réussite dont vous
            êtes fier, un problème résolu, un conflit ou un désaccord, une erreur et ce que vous en
            avez tiré, un moment de forte charge de travail. Une même histoire peut répondre à
            plusieurs questions : une période de rush montre à la fois votre organisation, votre
            calme et votre esprit d'équipe.</p>"""
        ),
        tip(
            "Une erreur bien racontée",
            """<p>Pour la question sur une erreur, choisissez une erreur réelle mais réparable, et
            passez vite sur la faute pour insister sur ce que vous avez fait ensuite et sur ce que
            vous faites désormais pour l'éviter. C'est votre réaction qui intéresse le
            recruteur.</p>""",
        ),
        checklist(
            "Mes histoires STAR sont prêtes quand...",
            [
                "J'ai cinq histoires, dont une réussite, un problème et une erreur",
                "Chacune se raconte en une minute environ",
                "L'action dit ce que j'ai fait moi, avec des verbes précis",
                "Chaque histoire finit par un résultat concret",
            ],
        ),
    ],
)

QUESTIONS_ET_RELANCE = Lesson(
    title="Poser vos questions et relancer après l'entretien",
    slug="poser-vos-questions-et-relancer",
    intro=(
        "La fin de l'entretien compte autant que le début : vos questions, la conclusion, puis le "
        "message qui suit."
    ),
    minutes=7,
    body=[
        h2("« Avez-vous des questions ? »"),
        p(
            """<p>Cette question arrive presque toujours à la fin. Répondre « non, tout est clair »
            laisse une impression de désintérêt. Préparez deux ou trois questions qui montrent que
            vous vous projetez dans le poste :</p>
            <ul>
            <li>« À quoi ressemble une journée type dans ce poste ? »</li>
            <li>« Avec qui vais-je travailler au quotidien ? »</li>
            <li>« Comment se passent les premières semaines, y a-t-il une formation ? »</li>
            <li>« Qu'est-ce qui ferait, selon vous, que la personne recrutée réussisse ? »</li>
            <li>« Quelles sont les prochaines étapes du recrutement, et quand aurez-vous
            décidé ? »</li>
            </ul>
            <p>La dernière est la plus utile : elle vous donne la date à partir de laquelle
            relancer.
            Gardez les questions sur le salaire, les congés et les horaires pour la fin, ou pour un
            second entretien, si le recruteur ne les a pas abordées.</p>"""
        ),
        h2("Conclure en une phrase"),
        p(
            """<p>Avant de partir, dites simplement que le poste vous intéresse toujours, et
            pourquoi : « Ce que vous m'avez dit de l'équipe me conforte dans mon envie de vous
            rejoindre. » Remerciez, serrez la main ou saluez, et notez dès la sortie ce qui s'est
            dit : les noms, les points forts, les doutes exprimés, la date de réponse.</p>"""
        ),
        h2("Le message de remerciement"),
        p(
            """<p>Le jour même ou le lendemain, envoyez un court e-mail à la personne qui vous a
            reçu. Peu de candidats le font : c'est une façon simple de laisser un bon dernier
            souvenir et de rappeler un argument.</p>"""
        ),
        example(
            "Le message après l'entretien",
            bad="Bonjour, merci pour l'entretien. Dans l'attente de votre réponse.",
            good=(
                "Bonjour Monsieur Petit, merci pour notre échange de ce matin. La présentation "
                "de votre nouvel entrepôt et de l'équipe du matin m'a confirmé mon intérêt pour "
                "le poste de cariste. Mon expérience du travail en horaires décalés vous sera "
                "utile dès mon arrivée. Je reste à votre disposition pour toute information."
            ),
            why=(
                "Le message est personnel, rappelle un détail de l'entretien et un atout, sans "
                "insister."
            ),
        ),
        h2("Relancer, puis tirer les leçons"),
        p(
            """<p>Sans nouvelles à la date annoncée, relancez une fois, par e-mail ou par
            téléphone ; si aucune date n'a été donnée, attendez une semaine. Le cours « Organiser
            sa recherche d'emploi » propose un modèle de relance et un tableau de suivi. Et quelle
            que soit la réponse, prenez cinq minutes pour noter ce qui s'est bien passé et la
            question qui vous a mis en difficulté : vous la préparerez pour la prochaine
            fois.</p>"""
        ),
        info(
            "Après un refus",
            """<p>Vous pouvez demander poliment ce qui a manqué à votre candidature. Tous les
            recruteurs ne répondent pas, mais une réponse est précieuse, et votre conseiller peut
            vous aider à en tirer parti, par exemple lors d'une simulation d'entretien.</p>""",
        ),
        checklist(
            "Pour bien finir",
            [
                "J'ai préparé deux ou trois questions sur le poste",
                "J'ai demandé les prochaines étapes et la date de réponse",
                "J'ai envoyé un message de remerciement sous 24 h",
                "J'ai noté la date de relance dans mon tableau de suivi",
            ],
        ),
    ],
)

# --- Module 3 -----------------------------------------------------------------------------------
UNE_LETTRE_LUE = Lesson(
    title="Une lettre de motivation qui est lue",
    slug="une-lettre-qui-est-lue",
    intro=(
        "Beaucoup de lettres ne sont pas lues jusqu'au bout : voici ce que le recruteur y cherche "
        "et ce qui le fait décrocher."
    ),
    minutes=6,
    body=[
        h2("À quoi sert encore la lettre de motivation"),
        p(
            """<p>La lettre n'est pas toujours demandée, et certains recruteurs la lisent peu. Mais
            quand elle l'est, ou quand vous répondez à une petite entreprise, elle fait souvent la
            différence entre deux CV proches. Elle sert à dire ce que le CV ne dit pas :
            <b>pourquoi ce poste</b>, <b>pourquoi cette entreprise</b>, et <b>ce que vous allez
            apporter</b>. Elle montre aussi que vous savez écrire un texte clair et sans
            faute.</p>"""
        ),
        h2("Ce qui fait décrocher le lecteur"),
        p(
            """<ul>
            <li><b>La lettre passe-partout</b>, envoyée à toutes les entreprises : le recruteur la
            reconnaît à la première ligne.</li>
            <li><b>Le CV recopié en phrases</b> : « De 2019 à 2022, j'ai travaillé chez... ». Le
            recruteur a déjà votre CV sous les yeux.</li>
            <li><b>Les formules toutes faites</b> : « Je me permets de vous adresser ma
            candidature », « dynamique et motivé ». Elles prennent de la place sans rien
            dire.</li>
            <li><b>Les fautes</b> et la lettre trop longue : au-delà d'une page, personne ne lit la
            fin.</li>
            </ul>"""
        ),
        example(
            "La première phrase de la lettre",
            bad="Je me permets de vous adresser ma candidature pour le poste que vous proposez.",
            good=(
                "Votre agence recherche un agent d'accueil capable de gérer un standard chargé : "
                "pendant trois ans, j'ai reçu une quarantaine d'appels par jour à l'accueil "
                "d'une mutuelle."
            ),
            why=(
                "La seconde phrase parle d'abord du besoin de l'entreprise, puis y répond par un "
                "fait : le recruteur a une raison de lire la suite."
            ),
        ),
        h2("Une page, trois paragraphes"),
        p(
            """<p>Une bonne lettre tient en <b>250 à 300 mots</b>, soit trois paragraphes courts,
            plus une formule de politesse simple. Chaque paragraphe a un rôle précis, que la leçon
            suivante détaille : parler de l'entreprise, parler de vous, parler de ce que vous ferez
            ensemble. Écrivez des phrases courtes, une idée par phrase, avec des verbes
            d'action.</p>"""
        ),
        tip(
            "Écrivez-la avant d'en avoir besoin",
            """<p>Rédigez une lettre de base pour votre métier cible dès maintenant, au calme. Le
            jour où une offre vous intéresse, vous n'aurez plus qu'à l'adapter en un quart d'heure,
            au lieu de partir d'une page blanche.</p>""",
        ),
        checklist(
            "Ma lettre donne envie d'être lue quand...",
            [
                "Elle tient sur une page, en trois paragraphes",
                "La première phrase parle de l'entreprise ou du poste",
                "Elle ne recopie pas mon CV",
                "Elle ne contient aucune formule toute faite",
                "Elle a été relue, à voix haute, sans faute",
            ],
        ),
    ],
)

VOUS_MOI_NOUS = Lesson(
    title=fr("La structure « vous, moi, nous »"),
    slug="la-structure-vous-moi-nous",
    intro=(
        "Trois paragraphes, dans un ordre qui place l'entreprise avant vous : la structure la "
        "plus simple pour écrire vite et bien."
    ),
    minutes=8,
    body=[
        h2("Pourquoi commencer par « vous »"),
        p(
            """<p>Le recruteur lit votre lettre avec une question en tête : « Qu'est-ce que cette
            personne peut faire pour nous ? ». En commençant par l'entreprise et son besoin, vous
            montrez que vous avez compris ce qu'elle cherche. Ensuite seulement, vous parlez de
            vous, pour répondre à ce besoin. La conclusion vous réunit : c'est le « nous ».</p>"""
        ),
        image(
            "letter-structure",
            alt=(
                "Une lettre de motivation avec trois paragraphes surlignés et numérotés : "
                "l'entreprise, le candidat, la rencontre."
            ),
            caption="Trois paragraphes : l'entreprise et son besoin, vos atouts, la rencontre.",
        ),
        h2("Les trois paragraphes"),
        p(
            """<ol>
            <li><b>Vous (l'entreprise)</b> : ce que vous savez d'elle et ce que vous avez compris
            du poste. Deux ou trois phrases, avec un fait tiré de vos recherches.</li>
            <li><b>Moi (le candidat)</b> : deux ou trois atouts qui répondent aux missions de
            l'offre, chacun prouvé par une expérience ou un résultat. C'est le paragraphe le plus
            long.</li>
            <li><b>Nous (la rencontre)</b> : ce que vous apporterez ensemble, et la proposition
            d'un entretien. « Je serais heureuse de vous en dire plus lors d'un entretien. »</li>
            </ol>
            <p>Terminez par une formule de politesse simple : « Je vous prie d'agréer, Madame,
            Monsieur, mes salutations distinguées. » ou, plus courte, « Bien cordialement ».</p>"""
        ),
        example(
            "Le paragraphe « moi »",
            bad=(
                "Je suis quelqu'un de sérieux, ponctuel et motivé. J'aime le travail en équipe et "
                "je m'adapte facilement."
            ),
            good=(
                "Votre offre demande de la rigueur dans la préparation des commandes : chez "
                "Logidis, je préparais 150 colis par jour avec un taux d'erreur inférieur à 1 %. "
                "J'ai aussi l'habitude du travail en équipe du matin, à partir de 5 h."
            ),
            why=(
                "Chaque qualité demandée par l'offre reçoit une preuve : le recruteur n'a pas à "
                "vous croire sur parole."
            ),
        ),
        h2("L'en-tête de la lettre"),
        p(
            """<p>En haut à gauche, vos coordonnées ; en dessous à droite, celles de l'entreprise,
            puis le lieu et la date. Ajoutez une ligne « Objet : candidature au poste de...
            (référence de l'offre) ». Adressez-vous à une personne nommée si vous connaissez son
            nom (« Madame Roux, »), sinon « Madame, Monsieur, ».</p>"""
        ),
        tip(
            "Le test du « je »",
            """<p>Relisez votre lettre en soulignant les phrases qui commencent par « Je ». Si
            elles sont plus de la moitié, la lettre parle surtout de vous : reformulez-en
            quelques-unes à partir du besoin de l'entreprise (« Votre équipe a besoin de... ;
            j'ai justement... »).</p>""",
        ),
        document(
            "cover-letter-template",
            title="Modèle de lettre de motivation à compléter",
            description=(
                "Un document Word à modifier : l'en-tête, les trois paragraphes « vous, moi, "
                "nous » avec une consigne pour chacun, et la formule de politesse. Il s'ouvre "
                "aussi avec LibreOffice et les applications de bureautique des téléphones."
            ),
        ),
        checklist(
            "Ma lettre suit la structure quand...",
            [
                "Le premier paragraphe parle de l'entreprise et du poste",
                "Le deuxième donne deux ou trois atouts, chacun avec une preuve",
                "Le troisième propose un entretien",
                "L'objet cite le poste et la référence de l'offre",
            ],
        ),
    ],
)

ADAPTER_ET_ENVOYER_LA_LETTRE = Lesson(
    title="Adapter la lettre et l'e-mail de candidature",
    slug="adapter-la-lettre-et-l-e-mail",
    intro=(
        "Une lettre par offre, et un e-mail d'accompagnement qui donne envie d'ouvrir les pièces "
        "jointes."
    ),
    minutes=7,
    body=[
        h2("Adapter en quinze minutes"),
        p(
            """<p>Partez de votre lettre de base et reprenez l'offre avec un surligneur, comme
            pour le CV. Trois éléments changent à chaque fois :</p>
            <ol>
            <li><b>Le paragraphe « vous »</b>, réécrit pour cette entreprise, avec ce que vous avez
            appris sur elle ;</li>
            <li><b>Les atouts du paragraphe « moi »</b>, choisis selon les missions que l'offre
            cite en premier, avec ses mots-clés ;</li>
            <li><b>L'objet et les noms</b> : le poste, la référence, la personne à qui vous
            écrivez. Une lettre adressée à la mauvaise entreprise est éliminée aussitôt.</li>
            </ol>"""
        ),
        h3("Pour une candidature spontanée"),
        p(
            """<p>Sans offre, partez de ce que vous savez de l'entreprise : son activité, ses
            projets, une période de forte activité. Proposez un métier précis plutôt que « tout
            poste disponible », et dites quand vous êtes disponible.</p>"""
        ),
        h2("L'e-mail qui porte la candidature"),
        p(
            """<p>Quand vous postulez par e-mail, le message est lu avant la lettre. Ne le laissez
            jamais vide. Il tient en cinq à huit lignes : le poste et sa référence, une phrase qui
            résume votre atout principal, la mention des pièces jointes et une formule de
            politesse. Joignez le CV et la lettre en PDF, nommés clairement, par exemple
            <i>Lettre-Prenom-Nom-Poste.pdf</i>.</p>"""
        ),
        example(
            "Le message d'accompagnement",
            bad="Objet : (vide)\nBonjour, ci-joint mon CV et ma lettre. Cordialement.",
            good=(
                "Objet : Candidature — Aide à domicile (réf. AD-0312)\n"
                "Madame Leroy, je vous adresse ma candidature au poste d'aide à domicile. "
                "Titulaire du titre ADVF et du permis B, j'accompagne depuis deux ans des "
                "personnes âgées dans leurs courses et leurs repas. Vous trouverez ci-joint mon "
                "CV et ma lettre de motivation. Je serais heureuse de vous rencontrer. Bien "
                "cordialement, Fatou Camara, 06 00 00 00 00."
            ),
            why=(
                "L'objet permet de classer la candidature, le message donne une raison d'ouvrir "
                "les pièces jointes, et le numéro de téléphone évite une recherche."
            ),
        ),
        warning(
            "Vérifiez avant d'envoyer",
            """<p>Relisez le nom de l'entreprise et du destinataire, dans l'e-mail comme dans la
            lettre, et ouvrez les pièces jointes pour vérifier que ce sont les bonnes versions.
            Envoyez-vous d'abord le message à vous-même : vous verrez ce que le recruteur
            verra.</p>""",
        ),
        tip(
            "Une adresse e-mail sérieuse",
            """<p>Utilisez une adresse du type prenom.nom@..., que vous consultez chaque jour, et
            ajoutez une signature avec votre nom et votre téléphone. Pensez à vérifier vos courriers
            indésirables : les réponses des recruteurs y arrivent parfois.</p>""",
        ),
        checklist(
            "Ma candidature par e-mail est prête quand...",
            [
                "La lettre est adaptée à cette entreprise et à cette offre",
                "L'objet cite le poste et la référence",
                "Le message résume mon atout principal en une phrase",
                "Le CV et la lettre sont joints en PDF, bien nommés",
                "J'ai vérifié les noms et je me suis envoyé le message",
            ],
        ),
    ],
)

COURSE = Course(
    title="Préparer un entretien d'embauche",
    slug="preparer-un-entretien-d-embauche",
    topic="entretien",
    summary=(
        "Préparez vos entretiens avec méthode, de la présentation à la relance, et écrivez une "
        "lettre de motivation qui en décroche d'autres. Neuf leçons courtes, des exemples et un "
        "modèle de lettre à compléter."
    ),
    audience=(
        "Toute personne qui a obtenu un entretien, ou qui veut s'y préparer avant d'en obtenir : "
        "premier emploi, retour à l'emploi, reconversion, ou entretiens qui n'aboutissent pas. "
        "Aucun prérequis ; le cours « Réussir son CV » est un bon complément."
    ),
    outcomes=[
        "Vous renseigner sur un employeur et préparer une fiche entretien",
        "Vous présenter en deux minutes, avec un fil clair jusqu'au poste",
        "Répondre aux questions classiques, défauts compris, sans réciter",
        "Raconter vos expériences avec la méthode STAR",
        "Réussir un entretien à distance et relancer après l'entretien",
        "Écrire une lettre de motivation « vous, moi, nous » adaptée à chaque offre",
    ],
    duration_minutes=80,
    cover="cover-interview",
    modules=[
        Module(
            title="Se préparer à l'entretien",
            slug="se-preparer-a-l-entretien",
            intro=(
                "Connaître l'employeur, préparer votre présentation et réussir un entretien à "
                "distance."
            ),
            lessons=[SE_RENSEIGNER, PARLEZ_MOI_DE_VOUS, TELEPHONE_OU_VISIO],
        ),
        Module(
            title="Convaincre pendant l'entretien",
            slug="convaincre-pendant-l-entretien",
            intro=(
                "Les questions classiques, des exemples qui prouvent vos qualités, une fin "
                "d'entretien soignée."
            ),
            lessons=[QUESTIONS_CLASSIQUES, METHODE_STAR, QUESTIONS_ET_RELANCE],
        ),
        Module(
            title="La lettre de motivation",
            slug="la-lettre-de-motivation",
            intro=(
                "Pour décrocher les prochains entretiens : une lettre courte, structurée et "
                "adaptée, portée par un e-mail soigné."
            ),
            lessons=[UNE_LETTRE_LUE, VOUS_MOI_NOUS, ADAPTER_ET_ENVOYER_LA_LETTRE],
        ),
    ],
)
