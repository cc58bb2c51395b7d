"""Demo course "Réussir son CV": three modules, nine lessons of real teaching content."""

from . import video as demo_video
from .builder import (
    Course,
    Lesson,
    Module,
    checklist,
    document,
    example,
    h2,
    h3,
    image,
    info,
    p,
    tip,
    video,
    warning,
)

# --- Module 1 -----------------------------------------------------------------------------------
LIRE_COMME_UN_RECRUTEUR = Lesson(
    title="Comment un recruteur lit votre CV",
    slug="comment-un-recruteur-lit-votre-cv",
    intro="Avant d'écrire une ligne, voyez votre CV avec les yeux de la personne qui va le lire.",
    minutes=6,
    body=[
        h2("Une première lecture très courte"),
        p(
            """<p>Un recruteur qui publie une offre reçoit souvent plusieurs dizaines de
            candidatures,
            parfois plus d'une centaine. Il ne lit donc pas chaque CV en entier : il le
            <b>parcourt</b>.
            Cette première lecture dure rarement plus d'une minute. Son seul but est de répondre à
            une
            question : « Cette personne correspond-elle au poste ? Est-ce que je la garde pour un
            second
            tri ? »</p>
            <p>Ce n'est ni injuste ni paresseux : c'est la seule façon de traiter autant de
            dossiers.
            Votre travail consiste donc à rendre la réponse évidente, dès le haut de la page.</p>"""
        ),
        video(
            "video-cv-zones",
            "Les trois zones lues en premier sur un CV",
            other_format="video-cv-zones-mp4",
            poster="cv-zones",
            captions="captions-cv-zones",
            transcript=demo_video.transcript_html(),
        ),
        h2("Les trois zones qui décident de la suite"),
        p(
            """<ol>
            <li><b>Le haut de la page</b> : votre nom, un numéro de téléphone et une adresse e-mail
            qui fonctionnent, votre ville. Le recruteur vérifie en un coup d'œil qu'il peut vous
            joindre et que le trajet est possible.</li>
            <li><b>Le titre du CV</b> : le poste que vous visez, dans les mots de l'offre. C'est la
            ligne la plus importante de tout le document, nous y reviendrons dans le module 2.</li>
            <li><b>Votre expérience la plus récente</b> : l'intitulé, l'entreprise, la durée et les
            deux ou trois premières lignes de description.</li>
            </ol>
            <p>Si ces trois zones montrent un lien clair avec le poste, le recruteur lit la suite.
            Sinon, votre CV rejoint la pile des « non », même si la page 2 contient exactement
            l'expérience recherchée.</p>"""
        ),
        info(
            "Les logiciels de tri",
            """<p>Les grandes entreprises et les cabinets de recrutement utilisent souvent un
            logiciel
            qui range les candidatures et cherche des <b>mots-clés</b>. Il lit mal les CV composés
            uniquement d'images, de colonnes compliquées ou d'icônes. Un CV simple, en texte, qui
            reprend le vocabulaire de l'offre passe ce filtre sans difficulté.</p>""",
        ),
        h2("Ce que le recruteur cherche vraiment"),
        p(
            """<p>Derrière chaque offre, le recruteur a un problème à résoudre : un rayon à tenir,
            des
            clients à accueillir, des dossiers en retard. Il cherche la personne qui le rassure sur
            trois points :</p>
            <ul>
            <li><b>Vous savez faire le travail</b> : vous avez déjà réalisé des tâches proches, même
            dans un autre contexte.</li>
            <li><b>Vous êtes disponible et fiable</b> : dates, mobilité, permis, horaires
            possibles.</li>
            <li><b>Vous allez vous intégrer</b> : votre façon de présenter les choses est claire et
            soignée, sans faute.</li>
            </ul>
            <p>Tout ce qui, sur votre CV, ne répond à aucune de ces trois questions prend de la
            place
            sans vous servir. Gardez cette grille en tête pendant tout le cours.</p>"""
        ),
        tip(
            "Faites le test du « coup d'œil »",
            """<p>Montrez votre CV actuel à un proche pendant <b>dix secondes</b>, puis retournez la
            feuille. Demandez-lui : « Quel poste je cherche ? Qu'est-ce que j'ai fait en dernier ? »
            S'il hésite, c'est que le haut de votre CV doit être retravaillé.</p>""",
        ),
        checklist(
            "À retenir de cette leçon",
            [
                "La première lecture d'un CV dure moins d'une minute",
                "Le haut de la page doit dire clairement quel poste je vise",
                "Un CV simple, en texte, passe mieux les logiciels de tri",
                "Chaque ligne doit rassurer sur mes compétences, ma disponibilité ou mon sérieux",
            ],
        ),
    ],
)

PARTIR_DE_L_OFFRE = Lesson(
    title="Partir de l'offre d'emploi",
    slug="partir-de-l-offre-d-emploi",
    intro=(
        "L'offre d'emploi est la liste des critères du recruteur : apprenez à la décoder avant "
        "d'écrire."
    ),
    minutes=7,
    body=[
        h2("Une offre se lit avec un surligneur"),
        p(
            """<p>Un bon CV n'est pas un CV « parfait dans l'absolu » : c'est un CV qui répond à une
            offre précise. Avant de modifier quoi que ce soit, imprimez l'offre ou copiez-la dans un
            document, et repérez trois types d'informations avec trois couleurs différentes :</p>
            <ol>
            <li><b>Les missions</b> : ce que vous ferez chaque jour (« accueillir la clientèle »,
            « préparer les commandes », « saisir les factures »).</li>
            <li><b>Les compétences et outils demandés</b> : logiciels, machines, habilitations,
            langues, permis.</li>
            <li><b>Les conditions</b> : type de contrat, horaires, lieu, date de début.</li>
            </ol>"""
        ),
        h2("Exemple : une offre d'employé polyvalent en magasin"),
        p(
            """<p>Prenons l'offre suivante : « Vous assurez la mise en rayon et le réassort, vous
            tenez la caisse et conseillez les clients. Vous maîtrisez l'encaissement et savez
            utiliser un terminal de gestion des stocks. Poste en CDI, 35 h, travail un samedi sur
            deux. »</p>
            <p>Les mots-clés à retrouver dans votre CV sont donc : <b>mise en rayon</b>,
            <b>réassort</b>, <b>caisse</b> ou <b>encaissement</b>, <b>conseil client</b>,
            <b>gestion des stocks</b>. Si vous avez fait ces tâches, même dans un autre secteur ou
            pendant un job d'été, elles doivent apparaître avec ces mots-là, et non avec des
            synonymes que le recruteur devra deviner.</p>"""
        ),
        example(
            "Reprendre le vocabulaire de l'offre",
            bad="Travail en boutique : ranger les produits, s'occuper des clients.",
            good=(
                "Mise en rayon et réassort quotidien, encaissement, conseil client en boutique de "
                "prêt-à-porter."
            ),
            why=(
                "La seconde version reprend mot pour mot les termes de l'offre : le recruteur "
                "et le "
                "logiciel de tri les retrouvent immédiatement."
            ),
        ),
        h2("Critères obligatoires et critères souhaités"),
        p(
            """<p>Une offre mélange souvent deux sortes d'exigences. Les <b>critères
            obligatoires</b>
            sont ceux sans lesquels le poste est impossible : un diplôme réglementé (aide-soignant,
            auxiliaire de puériculture), un permis pour un poste de livreur, une habilitation
            électrique. Les <b>critères souhaités</b> sont des préférences : « une première
            expérience serait un plus », « la connaissance d'un logiciel est appréciée ».</p>
            <p>Si vous remplissez les critères obligatoires et une bonne partie des critères
            souhaités, postulez. Les offres décrivent souvent un candidat idéal qui n'existe pas ;
            les
            recruteurs retiennent régulièrement des personnes qui cochent sept cases sur dix.</p>"""
        ),
        tip(
            "Gardez une trace de chaque offre",
            """<p>Enregistrez l'offre (capture d'écran ou PDF) au moment où vous postulez. Les
            annonces
            disparaissent souvent après quelques jours, et vous en aurez besoin pour préparer
            l'entretien si l'on vous rappelle trois semaines plus tard.</p>""",
        ),
        checklist(
            "Avant d'adapter votre CV à une offre",
            [
                "J'ai surligné les missions principales",
                "J'ai noté les compétences, outils et permis demandés",
                "J'ai distingué les critères obligatoires des critères souhaités",
                "J'ai listé 5 à 8 mots-clés à retrouver dans mon CV",
                "J'ai enregistré l'offre avant qu'elle disparaisse",
            ],
        ),
    ],
)

FAIRE_LE_POINT = Lesson(
    title="Faire le point sur vos compétences",
    slug="faire-le-point-sur-vos-competences",
    intro=(
        "Vous savez faire plus de choses que vous ne le pensez : voici comment les repérer et les "
        "nommer."
    ),
    minutes=7,
    body=[
        h2("Trois familles de compétences"),
        p(
            """<p>Quand on demande à quelqu'un ce qu'il sait faire, il cite souvent ses anciens
            intitulés de poste. C'est un point de départ, mais un intitulé ne dit pas grand-chose.
            Pour construire un CV convaincant, il faut descendre au niveau des <b>compétences</b>,
            que l'on peut ranger en trois familles :</p>
            <ul>
            <li><b>Les savoir-faire métier</b> : les gestes et tâches techniques (préparer une
            commande, réaliser un devis, poser du placo, gérer un planning).</li>
            <li><b>Les outils</b> : logiciels, machines, véhicules, langues, avec votre niveau
            réel.</li>
            <li><b>Les qualités professionnelles</b> : rigueur, sens du service, capacité à gérer
            l'imprévu. Elles ne valent que si vous pouvez les prouver par un exemple.</li>
            </ul>"""
        ),
        h2("L'exercice des cinq réussites"),
        p(
            """<p>Prenez une feuille et notez cinq situations, professionnelles ou non, dont vous
            êtes
            fier : un inventaire bouclé dans les temps, un client mécontent qui est reparti
            satisfait,
            une fête associative que vous avez organisée, un collègue que vous avez formé. Pour
            chacune, répondez à trois questions :</p>
            <ol>
            <li>Quelle était la situation de départ ?</li>
            <li>Qu'avez-vous fait, <i>vous</i>, concrètement ?</li>
            <li>Quel a été le résultat, si possible avec un chiffre ?</li>
            </ol>
            <p>Relisez ensuite vos réponses et soulignez les verbes : organiser, former, vendre,
            réparer, négocier, contrôler... Ce sont vos compétences. Elles serviront à la fois dans
            le CV et pendant l'entretien.</p>"""
        ),
        h2("Les compétences transférables"),
        p(
            """<p>Une compétence acquise dans un domaine se réutilise souvent ailleurs. Une personne
            qui a été serveuse sait gérer plusieurs demandes en même temps, garder son calme face à
            un client pressé et encaisser sans erreur : ce sont des atouts pour un poste d'accueil,
            de vente ou de préparation de commandes. C'est particulièrement important si vous
            changez de métier ou revenez à l'emploi après une longue pause.</p>"""
        ),
        example(
            "Nommer une compétence acquise hors emploi",
            bad="2019-2023 : sans activité professionnelle.",
            good=(
                "2019-2023 : trésorière bénévole de l'association de parents d'élèves (120 "
                "familles) : "
                "suivi du budget, organisation de 3 événements par an."
            ),
            why=(
                "Une période sans emploi n'est pas une période sans compétences. Présentée ainsi, "
                "elle montre de la rigueur et un sens de l'organisation vérifiables."
            ),
        ),
        info(
            "Votre conseiller peut vous aider",
            """<p>Votre conseiller peut vous proposer un bilan de compétences ou un atelier pour
            identifier vos savoir-faire, et vous indiquer les fiches métiers qui listent les
            compétences attendues pour chaque emploi. N'hésitez pas à lui apporter vos notes de
            l'exercice des cinq réussites.</p>""",
        ),
        checklist(
            "Votre inventaire est complet quand...",
            [
                "J'ai noté au moins cinq réussites avec leur résultat",
                "J'ai listé mes savoir-faire métier avec des verbes d'action",
                "J'ai noté mes outils et logiciels avec mon niveau réel",
                "J'ai une preuve concrète pour chaque qualité que je cite",
            ],
        ),
    ],
)

# --- Module 2 -----------------------------------------------------------------------------------
LES_RUBRIQUES = Lesson(
    title="Les rubriques essentielles et leur ordre",
    slug="les-rubriques-essentielles",
    intro=(
        "Un CV efficace suit une structure que le recruteur connaît : il trouve tout sans chercher."
    ),
    minutes=7,
    body=[
        h2("L'ordre qui fonctionne dans la plupart des cas"),
        p(
            """<ol>
            <li><b>L'identité et les coordonnées</b> : prénom et nom, téléphone, e-mail, ville.
            Ajoutez votre mobilité et vos permis s'ils comptent pour le poste.</li>
            <li><b>Le titre</b> : le poste visé, éventuellement suivi d'un atout clé.</li>
            <li><b>Le profil</b> (ou accroche) : deux ou trois lignes qui résument ce que vous
            apportez.</li>
            <li><b>Les expériences professionnelles</b>, de la plus récente à la plus ancienne.</li>
            <li><b>La formation</b>, avec les formations courtes utiles au poste.</li>
            <li><b>Les compétences</b> : savoir-faire, outils, langues.</li>
            <li><b>Les centres d'intérêt</b>, seulement s'ils apportent une information utile.</li>
            </ol>
            <p>Si vous sortez de formation ou si votre diplôme est la clé du poste (infirmier,
            électricien, comptable), placez la formation avant les expériences.</p>"""
        ),
        h2("Ce que vous n'êtes pas obligé d'indiquer"),
        p(
            """<p>En France, aucune loi n'impose de mettre sa photo, son âge, sa situation familiale
            ou sa nationalité sur un CV, et un employeur ne peut pas écarter une candidature pour
            ces
            raisons. Vous pouvez donc les laisser de côté. Si vous ajoutez une photo, choisissez une
            photo récente, sur fond neutre, avec une tenue proche de celle du métier.</p>
            <p>Votre adresse complète n'est pas nécessaire non plus : la ville suffit. Indiquez en
            revanche une adresse e-mail sobre, de type prenom.nom@..., que vous consultez tous les
            jours.</p>"""
        ),
        warning(
            "Une seule page, sauf exception",
            """<p>Pour la grande majorité des postes, une page suffit. Au-delà de dix ans
            d'expérience,
            une deuxième page est acceptable si chaque ligne est utile. Résumez vos expériences
            anciennes ou éloignées du poste en une ligne chacune.</p>""",
        ),
        h2("Partez d'un modèle sobre"),
        p(
            """<p>Un modèle simple vous évite de passer des heures sur la mise en page. Le modèle
            ci-dessous reprend l'ordre des rubriques de cette leçon ; chaque rubrique contient une
            consigne en italique que vous remplacerez par votre texte. Il existe en deux versions :
            un PDF à imprimer et à remplir à la main dans un premier temps, et un document Word à
            compléter directement dans un traitement de texte ou sur votre téléphone.</p>"""
        ),
        document(
            "cv-template",
            title="Modèle de CV à imprimer (PDF)",
            description=(
                "Un PDF d'une page avec toutes les rubriques dans le bon ordre et une "
                "consigne pour "
                "chacune : identité, poste visé, profil, expériences, formation, compétences."
            ),
        ),
        document(
            "cv-template-docx",
            title="Modèle de CV à modifier (Word)",
            description=(
                "Le même modèle en document Word, à remplir à l'écran puis à enregistrer en PDF. "
                "Il s'ouvre aussi avec LibreOffice et les applications de bureautique des "
                "téléphones."
            ),
        ),
        image(
            "cover-cv",
            alt=(
                "Une page de CV sobre : bandeau d'identité en haut, ligne du poste visé, trois "
                "rubriques."
            ),
            caption=(
                "Un CV aéré, avec des titres de rubriques bien visibles, se parcourt en quelques "
                "secondes."
            ),
        ),
        checklist(
            "Votre structure est prête quand...",
            [
                "Mes coordonnées tiennent sur deux lignes et sont à jour",
                "Le titre du CV annonce le poste visé",
                "Mes expériences sont classées de la plus récente à la plus ancienne",
                "Mon CV tient sur une page (deux au maximum)",
            ],
        ),
    ],
)

TITRE_ET_ACCROCHE = Lesson(
    title="Le titre et l'accroche",
    slug="le-titre-et-l-accroche",
    intro="Deux lignes en haut de la page qui décident si le recruteur lit la suite.",
    minutes=6,
    body=[
        h2("Le titre : le poste, pas le document"),
        p(
            """<p>Le mot « Curriculum vitae » en haut d'une page n'apprend rien au recruteur : il
            sait déjà ce qu'il lit. Remplacez-le par <b>l'intitulé du poste visé</b>, de préférence
            celui de l'offre. Vous pouvez le compléter par un atout décisif : votre expérience, un
            diplôme, une disponibilité.</p>"""
        ),
        example(
            "Un titre qui répond à l'offre",
            bad="Curriculum vitae",
            good="Préparateur de commandes — CACES 1 et 5, 4 ans d'expérience en entrepôt",
            why=(
                "Le recruteur sait en deux secondes quel poste vous visez et pourquoi vous êtes "
                "crédible."
            ),
        ),
        h2("L'accroche : trois lignes, trois idées"),
        p(
            """<p>Sous le titre, une courte accroche (ou « profil ») résume votre candidature. Elle
            répond à trois questions, une par ligne :</p>
            <ul>
            <li><b>Qui êtes-vous professionnellement ?</b> Votre métier et votre expérience.</li>
            <li><b>Qu'est-ce qui vous distingue ?</b> Une réussite, une spécialité, un outil
            maîtrisé.</li>
            <li><b>Que cherchez-vous ?</b> Le type de poste, de contrat ou d'entreprise.</li>
            </ul>
            <p>Évitez les adjectifs que tout le monde utilise (« dynamique », « motivé », «
            polyvalent »)
            sans preuve : ils ne distinguent personne. Remplacez-les par un fait.</p>"""
        ),
        example(
            "Une accroche qui apporte des faits",
            bad="Personne dynamique et motivée, recherche un emploi dans la vente.",
            good=(
                "Vendeuse en boulangerie depuis 5 ans, habituée aux pics d'affluence du week-end. "
                "Responsable de l'ouverture et de la caisse. Je recherche un poste de vendeuse "
                "en CDI dans l'alimentaire."
            ),
            why=(
                "La seconde version dit qui vous êtes, ce que vous savez faire et ce que vous "
                "cherchez : le recruteur n'a rien à deviner."
            ),
        ),
        h3("Si vous changez de métier"),
        p(
            """<p>L'accroche est l'endroit idéal pour expliquer une reconversion en une phrase :
            « Après 10 ans dans la restauration, je me forme au métier d'assistant de comptabilité
            (titre professionnel en cours, fin en juin). » Le recruteur comprend votre parcours
            avant
            de lire des expériences qui, sinon, pourraient le surprendre.</p>"""
        ),
        tip(
            "Une accroche par type de poste",
            """<p>Si vous visez deux métiers, par exemple agent d'accueil et assistant
            administratif,
            préparez deux versions de votre titre et de votre accroche. Le reste du CV change peu ;
            ces deux lignes, elles, doivent coller à chaque offre.</p>""",
        ),
        checklist(
            "Relisez votre haut de page",
            [
                "Le titre reprend l'intitulé du poste de l'offre",
                "L'accroche tient en trois lignes au maximum",
                "Chaque qualité citée est appuyée par un fait",
                "Le type de poste ou de contrat recherché est clair",
            ],
        ),
    ],
)

DECRIRE_SES_EXPERIENCES = Lesson(
    title="Décrire ses expériences avec des résultats",
    slug="decrire-ses-experiences",
    intro=(
        "Passer d'une liste de tâches à des réalisations : la technique qui rend un CV convaincant."
    ),
    minutes=8,
    body=[
        h2("La structure d'une expérience"),
        p(
            """<p>Chaque expérience commence par une ligne d'en-tête : <b>les dates</b> (mois et
            année), <b>l'intitulé du poste</b>, <b>l'entreprise</b> et la ville. Viennent ensuite
            trois à cinq lignes de description. C'est là que la plupart des CV perdent le lecteur,
            parce qu'ils décrivent des <i>tâches</i> (« chargé de... », « responsable de... ») au
            lieu de <i>réalisations</i>.</p>"""
        ),
        h2("La formule : verbe d'action + tâche + résultat"),
        p(
            """<p>Pour chaque ligne, commencez par un verbe d'action au passé ou à l'infinitif
            (gardez le même temps partout), décrivez la tâche, puis ajoutez ce qu'elle a permis.
            Le résultat peut être un chiffre (volume, délai, nombre de personnes), une amélioration
            ou une reconnaissance (une promotion, un renouvellement de contrat).</p>
            <p>Quelques verbes utiles : accueillir, conseiller, vendre, préparer, organiser,
            contrôler, former, réduire, améliorer, gérer, planifier, réparer, négocier,
            rédiger.</p>"""
        ),
        example(
            "Une ligne d'expérience en caisse",
            bad="Responsable de la caisse.",
            good="Tenue de caisse : environ 200 clients par jour, aucun écart de caisse en 2 ans.",
            why="Le chiffre montre le rythme soutenu, l'absence d'écart montre la fiabilité.",
        ),
        example(
            "Une ligne d'expérience en logistique",
            bad="Préparation des commandes et rangement de l'entrepôt.",
            good=(
                "Préparé 150 à 180 colis par jour sur scanner ; proposé un nouveau rangement des "
                "références qui a réduit les erreurs de préparation."
            ),
            why=(
                "Le volume situe votre niveau ; l'initiative montre que vous cherchez à améliorer "
                "le travail."
            ),
        ),
        h2("Trouver ses chiffres"),
        p(
            """<p>Beaucoup de personnes pensent ne pas avoir de chiffres à donner. Posez-vous ces
            questions : combien de clients, de patients, de dossiers ou de colis par jour ? Quelle
            taille d'équipe, de magasin, de budget ? Pendant combien de temps ? Une estimation
            honnête (« environ », « plus de ») est tout à fait acceptable, tant que vous pouvez
            l'expliquer en entretien.</p>"""
        ),
        warning(
            "Restez exact",
            """<p>Un recruteur peut vérifier vos références et vous interrogera sur chaque ligne en
            entretien. Un chiffre gonflé ou une responsabilité inventée se voit vite et fait perdre
            toute crédibilité. Mieux vaut un résultat modeste et vrai.</p>""",
        ),
        h2("Combien de lignes par expérience ?"),
        p(
            """<p>Donnez plus de place aux expériences proches du poste visé et récentes : quatre ou
            cinq lignes. Les expériences anciennes ou éloignées peuvent tenir en une ligne, sans
            description. Si vous avez eu beaucoup de missions courtes (intérim, extras),
            regroupez-les :
            « 2021-2023 : missions d'intérim en préparation de commandes (Adecco, Randstad), 14 mois
            au total ».</p>"""
        ),
        checklist(
            "Pour chaque expérience",
            [
                "Dates, intitulé, entreprise et ville sont sur la première ligne",
                "Chaque ligne commence par un verbe d'action",
                "Au moins une ligne contient un résultat ou un chiffre",
                "Les mots-clés de l'offre apparaissent dans les descriptions",
                "Les missions courtes similaires sont regroupées",
            ],
        ),
    ],
)

# --- Module 3 -----------------------------------------------------------------------------------
PARCOURS_ATYPIQUE = Lesson(
    title="Valoriser un parcours atypique",
    slug="valoriser-un-parcours-atypique",
    intro=(
        "Périodes sans emploi, reconversion, peu d'expérience : comment les présenter sans les "
        "cacher."
    ),
    minutes=7,
    body=[
        h2("Aucun parcours n'est parfaitement linéaire"),
        p(
            """<p>Une interruption pour s'occuper d'un enfant ou d'un parent, une maladie, un
            déménagement, une entreprise qui ferme : la plupart des parcours ont des creux. Les
            recruteurs le savent. Ce qui les inquiète, ce n'est pas le creux lui-même, c'est une
            période <b>inexpliquée</b> qui laisse place à toutes les suppositions.</p>"""
        ),
        h2("Les périodes sans emploi"),
        p(
            """<p>Pour une période de quelques mois, vous n'avez rien à justifier : indiquer les
            années seules (2022-2023) plutôt que les mois atténue naturellement les petits écarts.
            Pour une période plus longue, une ligne suffit, sans détail personnel : « 2020-2022 :
            congé parental », « 2021 : projet de création d'entreprise », « 2022 : formation et
            recherche d'emploi ». Si vous avez fait quelque chose pendant cette période (bénévolat,
            formation, garde d'enfants, aide à un proche), mentionnez ce que vous y avez
            appris.</p>"""
        ),
        example(
            "Présenter une pause dans le parcours",
            bad="(Rien entre 2019 et 2022 : le recruteur se pose des questions.)",
            good=(
                "2019-2022 : pause professionnelle pour raisons familiales. Formation en ligne "
                "aux outils bureautiques (Word, Excel), bénévolat à l'épicerie solidaire de "
                "mon quartier."
            ),
            why=(
                "Une ligne honnête et factuelle ferme le sujet et montre que vous êtes resté actif."
            ),
        ),
        h2("Peu ou pas d'expérience professionnelle"),
        p(
            """<p>Si vous débutez, votre CV s'appuie sur d'autres preuves : stages, projets de
            formation, jobs d'été, missions d'intérim, bénévolat, sport en club, engagement dans une
            association. Placez la formation en premier et créez une rubrique « Expériences » qui
            mélange tout ce qui montre des compétences utiles au poste. Décrivez chaque ligne avec
            la même rigueur qu'un emploi : verbe d'action, tâche, résultat.</p>"""
        ),
        h2("Une reconversion"),
        p(
            """<p>Si vous changez de métier, le recruteur doit comprendre votre logique. Trois
            leviers :
            une accroche qui annonce le projet, une rubrique « Compétences » placée avant les
            expériences et qui met en avant ce qui se transfère, et, dans chaque expérience, les
            tâches qui ont un lien avec le nouveau métier. Une formation, même courte, ou une
            période d'immersion en entreprise renforce beaucoup la crédibilité du projet.</p>"""
        ),
        info(
            "Tester un métier avant de vous lancer",
            """<p>Votre conseiller peut vous proposer une période d'immersion professionnelle de
            quelques jours dans une entreprise, pour découvrir un métier ou confirmer un projet de
            reconversion. C'est une expérience concrète à citer ensuite sur le CV.</p>""",
        ),
        tip(
            "Préparez votre phrase d'explication",
            """<p>Tout ce que vous écrivez sur votre CV peut être abordé en entretien. Préparez une
            phrase courte et positive pour chaque période délicate, tournée vers l'avenir : ce que
            vous avez fait, et pourquoi vous êtes prêt aujourd'hui.</p>""",
        ),
    ],
)

MISE_EN_PAGE_ET_RELECTURE = Lesson(
    title="Mise en page, relecture et format PDF",
    slug="mise-en-page-et-relecture",
    intro="Les derniers réglages qui font la différence entre un CV correct et un CV soigné.",
    minutes=6,
    body=[
        h2("Une mise en page qui aide la lecture"),
        p(
            """<p>La mise en page n'est pas une question de goût : son rôle est de guider l'œil.
            Quelques
            règles suffisent :</p>
            <ul>
            <li>une seule police, lisible (Arial, Calibri, Open Sans), en taille 10 à 12 pour le
            texte ;</li>
            <li>des titres de rubrique bien visibles, toujours présentés de la même façon ;</li>
            <li>des marges d'au moins 1,5 cm et de l'espace entre les rubriques ;</li>
            <li>une ou deux couleurs sobres au maximum, et un texte noir ou gris très foncé ;</li>
            <li>pas de barres de niveau ou d'étoiles pour les compétences : elles ne disent rien de
            précis et les logiciels de tri ne les lisent pas.</li>
            </ul>"""
        ),
        h2("Relire en trois passes"),
        p(
            """<p>Une faute d'orthographe sur un CV est souvent interprétée comme un manque de soin.
            Relisez en trois passes distinctes : une pour le <b>sens</b> (chaque ligne sert-elle le
            poste visé ?), une pour l'<b>orthographe</b> (lisez à voix haute, ou en partant de la
            fin
            pour ne pas anticiper), une pour la <b>cohérence</b> (mêmes formats de date, même temps
            des verbes, mêmes majuscules). Faites ensuite relire par une autre personne : on ne voit
            pas ses propres fautes.</p>"""
        ),
        image(
            "checklist",
            alt="Un porte-bloc avec une liste de cinq points, dont trois sont cochés en vert.",
            caption="Une relecture méthodique, point par point, évite les oublis.",
        ),
        h2("Envoyer un PDF, bien nommé"),
        p(
            """<p>Envoyez toujours votre CV au format <b>PDF</b> : la mise en page reste identique
            sur
            tous les ordinateurs et téléphones, et le document ne peut pas être modifié par erreur.
            Tous les traitements de texte proposent « Enregistrer au format PDF » ou « Exporter en
            PDF ». Nommez le fichier de façon explicite : <i>CV-Prenom-Nom-Poste.pdf</i>, plutôt que
            <i>cv final v3.pdf</i>.</p>"""
        ),
        example(
            "Nommer le fichier",
            bad="document1 (2).pdf",
            good="CV-Amina-Diallo-Assistante-administrative.pdf",
            why=(
                "Le recruteur retrouve votre CV parmi des dizaines d'autres, et voit tout de "
                "suite le poste visé."
            ),
        ),
        checklist(
            "Avant d'envoyer votre CV",
            [
                "Mon numéro de téléphone et mon e-mail sont corrects",
                "Le titre correspond au poste de l'offre",
                "Aucune faute : j'ai relu à voix haute et fait relire",
                "Les dates sont au même format partout",
                "Le fichier est un PDF nommé avec mon nom et le poste",
                "Je l'ai ouvert sur mon téléphone pour vérifier l'affichage",
            ],
        ),
    ],
)

ADAPTER_ET_ENVOYER = Lesson(
    title="Adapter et envoyer votre candidature",
    slug="adapter-et-envoyer",
    intro=(
        "Un CV par offre, un message d'accompagnement soigné : la dernière étape avant la réponse."
    ),
    minutes=7,
    body=[
        h2("Un CV de base, des versions adaptées"),
        p(
            """<p>Gardez une version complète de votre CV, votre « CV de base », avec toutes vos
            expériences décrites en détail. Pour chaque candidature, faites-en une copie et adaptez
            trois éléments en dix à quinze minutes :</p>
            <ol>
            <li><b>le titre</b>, pour reprendre l'intitulé exact de l'offre ;</li>
            <li><b>l'accroche</b>, pour mettre en avant ce que l'offre demande en priorité ;</li>
            <li><b>l'ordre et le contenu des lignes d'expérience</b>, pour placer en premier celles
            qui
            contiennent les mots-clés de l'offre.</li>
            </ol>
            <p>Dix candidatures adaptées rapportent en général plus d'entretiens que cinquante
            envois
            du même CV.</p>"""
        ),
        h2("Le message qui accompagne le CV"),
        p(
            """<p>Quand vous postulez par e-mail, le message est la première chose que le recruteur
            lit. Il doit être court (cinq à huit lignes), poli et précis : le poste et sa référence,
            une ou deux raisons qui font de vous un bon candidat, et une proposition de rencontre.
            Si une lettre de motivation est demandée, joignez-la en PDF ; sinon, ce message en tient
            lieu.</p>"""
        ),
        example(
            "L'objet et la première phrase de l'e-mail",
            bad="Objet : candidature\nBonjour, je vous envoie mon CV.",
            good=(
                "Objet : Candidature — Agent d'accueil (réf. ACC-2611)\n"
                "Madame, Monsieur, votre offre d'agent d'accueil correspond à mon expérience de "
                "trois ans à l'accueil d'une mutuelle, où je recevais une quarantaine de "
                "personnes par jour."
            ),
            why=(
                "Le recruteur sait immédiatement de quelle offre il s'agit et pourquoi lire la "
                "suite."
            ),
        ),
        h2("Candidater sur un site ou une plateforme"),
        p(
            """<p>Beaucoup d'entreprises passent par un formulaire en ligne. Remplissez tous les
            champs,
            même s'ils répètent votre CV : c'est souvent sur eux que porte le premier tri. Copiez
            vos
            textes depuis un document préparé à l'avance pour gagner du temps et éviter les
            fautes.</p>"""
        ),
        tip(
            "Notez chaque envoi le jour même",
            """<p>Date, entreprise, poste, version du CV envoyée : notez-le dans un tableau de
            suivi.
            Le cours « Organiser sa recherche d'emploi » vous propose un modèle et explique quand
            relancer.</p>""",
        ),
        info(
            "Faites relire votre candidature",
            """<p>Votre conseiller peut relire votre CV et votre message avant un envoi important.
            Si
            vous avez relié votre compte à votre conseiller, il voit les cours que vous avez suivis
            et
            peut cibler ses conseils.</p>""",
        ),
        checklist(
            "Votre candidature est prête quand...",
            [
                "Le titre et l'accroche sont adaptés à cette offre",
                "Les expériences les plus utiles pour ce poste sont en premier",
                "Le message d'accompagnement cite le poste et sa référence",
                "Le CV est joint en PDF, bien nommé",
                "J'ai noté l'envoi dans mon tableau de suivi",
            ],
        ),
    ],
)

COURSE = Course(
    title="Réussir son CV",
    slug="reussir-son-cv",
    topic="cv",
    summary=(
        "Écrivez un CV clair, adapté à chaque offre, qui donne envie au recruteur de vous appeler. "
        "Neuf leçons courtes, des exemples avant/après et un modèle à télécharger."
    ),
    audience=(
        "Toute personne qui cherche un emploi et veut créer ou refaire son CV : premier emploi, "
        "retour à l'emploi après une pause, reconversion, ou simplement un CV qui ne décroche pas "
        "d'entretien. Aucun prérequis, il suffit de savoir utiliser un traitement de texte ou un "
        "téléphone."
    ),
    outcomes=[
        "Comprendre comment un recruteur lit un CV en moins d'une minute",
        "Repérer les mots-clés d'une offre et les reprendre dans votre CV",
        "Structurer votre CV avec un titre et une accroche percutants",
        "Décrire vos expériences sous forme de réalisations chiffrées",
        "Présenter sereinement un parcours avec des interruptions ou une reconversion",
        "Envoyer un CV relu, au format PDF, adapté à chaque candidature",
    ],
    duration_minutes=90,
    cover="cover-cv",
    modules=[
        Module(
            title="Comprendre ce que cherche le recruteur",
            slug="comprendre-le-recruteur",
            intro=(
                "Avant d'écrire, voyez votre CV comme le recruteur le voit, et partez de l'offre."
            ),
            lessons=[LIRE_COMME_UN_RECRUTEUR, PARTIR_DE_L_OFFRE, FAIRE_LE_POINT],
        ),
        Module(
            title="Construire un CV clair",
            slug="construire-un-cv-clair",
            intro="Les rubriques, le titre, l'accroche et les expériences : le cœur de votre CV.",
            lessons=[LES_RUBRIQUES, TITRE_ET_ACCROCHE, DECRIRE_SES_EXPERIENCES],
        ),
        Module(
            title="Finaliser et envoyer",
            slug="finaliser-et-envoyer",
            intro="Valoriser votre parcours, soigner la forme et adapter chaque envoi.",
            lessons=[PARCOURS_ATYPIQUE, MISE_EN_PAGE_ET_RELECTURE, ADAPTER_ET_ENVOYER],
        ),
    ],
)
