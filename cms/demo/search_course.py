"""Demo course "Organiser sa recherche d'emploi": three modules, nine lessons of real "
"teaching content."""

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
    warning,
)

# --- Module 1 -----------------------------------------------------------------------------------
CHOISIR_SA_CIBLE = Lesson(
    title="Choisir un ou deux métiers cibles",
    slug="choisir-ses-metiers-cibles",
    intro=(
        "Une recherche efficace commence par une cible claire : quel métier, où, à quelles "
        "conditions."
    ),
    minutes=7,
    body=[
        h2("Pourquoi « tout prendre » ne marche pas"),
        p(
            """<p>Quand on cherche un emploi depuis un moment, il est tentant de répondre à toutes
            les offres possibles. C'est rarement payant : un CV généraliste convainc moins qu'un CV
            ciblé, et vous vous épuisez à écrire des candidatures que vous n'avez pas le temps de
            soigner. Choisir un ou deux <b>métiers cibles</b> vous permet de concentrer vos efforts,
            de connaître le vocabulaire du métier et de repérer les bons employeurs.</p>"""
        ),
        h2("Trois questions pour choisir"),
        p(
            """<ol>
            <li><b>Qu'est-ce que je sais faire ?</b> Partez de vos compétences et de vos réussites,
            pas seulement de vos anciens intitulés de poste.</li>
            <li><b>Qu'est-ce que je veux, et ne veux plus ?</b> Horaires, travail en extérieur,
            contact avec le public, port de charges, temps de trajet acceptable.</li>
            <li><b>Qu'est-ce qui recrute près de chez moi ?</b> Regardez le nombre d'offres publiées
            ces derniers mois dans votre bassin d'emploi pour les métiers envisagés.</li>
            </ol>
            <p>Le bon métier cible est à l'intersection des trois. Si vous en retenez deux,
            choisissez
            des métiers proches (agent d'accueil et standardiste, par exemple) pour pouvoir
            réutiliser la même base de CV.</p>"""
        ),
        example(
            "Formuler sa cible",
            bad="Je cherche n'importe quel travail, tout m'intéresse.",
            good=(
                "Je cherche un poste d'agent d'accueil ou de standardiste, en CDI ou CDD de "
                "plus de "
                "6 mois, à moins de 45 minutes de Villeurbanne en transports en commun."
            ),
            why=(
                "Une cible précise vous dit quelles offres lire, quels mots-clés utiliser et à qui "
                "parler de votre projet."
            ),
        ),
        h2("S'appuyer sur les fiches métiers"),
        p(
            """<p>Les fiches métiers des sites publics d'orientation et d'emploi décrivent, pour
            chaque métier, les activités, les compétences attendues, les conditions de travail et
            les formations d'accès. Lisez la fiche de vos métiers cibles : elle vous donne le
            vocabulaire exact à reprendre dans votre CV, et vous aide à vérifier qu'il ne vous
            manque pas un diplôme ou une habilitation obligatoire.</p>"""
        ),
        info(
            "Parlez-en avec votre conseiller",
            """<p>Votre conseiller connaît les métiers qui recrutent dans votre secteur et les
            formations financées. Présentez-lui votre cible lors de votre prochain rendez-vous : il
            pourra la valider, l'ajuster ou vous proposer une immersion pour la tester.</p>""",
        ),
        checklist(
            "Ma cible est claire quand je peux dire...",
            [
                "Le ou les deux métiers que je vise",
                "Le type de contrat et le temps de travail que j'accepte",
                "La zone géographique et le temps de trajet maximum",
                "Les compétences clés demandées pour ce métier",
            ],
        ),
    ],
)

OU_SONT_LES_OFFRES = Lesson(
    title="Repérer où sont les offres",
    slug="reperer-ou-sont-les-offres",
    intro="Les annonces ne sont qu'une partie des recrutements : voici où chercher le reste.",
    minutes=7,
    body=[
        h2("Le marché visible et le marché caché"),
        p(
            """<p>Une partie seulement des embauches passe par une annonce publiée. Beaucoup de
            postes
            sont pourvus autrement : par des candidatures spontanées, par le bouche-à-oreille, par
            des salariés qui recommandent quelqu'un, par des agences d'intérim ou lors de forums.
            C'est ce qu'on appelle le <b>marché caché</b>. Une recherche efficace combine les deux :
            répondre aux annonces, et aller chercher les postes qui ne sont pas publiés.</p>"""
        ),
        h2("Les canaux à combiner"),
        p(
            """<ul>
            <li><b>Les sites d'offres</b> : le site public de l'emploi, les grands sites d'annonces,
            les sites spécialisés dans votre secteur. Créez des alertes avec vos mots-clés et votre
            zone pour recevoir les nouvelles offres chaque matin.</li>
            <li><b>Les sites carrières des entreprises</b> : les grandes entreprises et les
            collectivités publient souvent leurs offres d'abord sur leur propre site.</li>
            <li><b>Les agences d'intérim</b> : inscrivez-vous dans deux ou trois agences qui
            travaillent dans votre métier, et passez les voir régulièrement.</li>
            <li><b>Les candidatures spontanées</b> : une liste d'entreprises de votre zone qui
            emploient votre métier, contactées une à une.</li>
            <li><b>Les événements</b> : forums de l'emploi, job datings, salons de recrutement,
            portes ouvertes d'entreprises.</li>
            <li><b>Votre réseau</b> : anciens collègues, amis, famille, voisins, associations. Nous
            y
            consacrons une leçon entière dans le module 2.</li>
            </ul>"""
        ),
        tip(
            "Des alertes bien réglées",
            """<p>Une alerte trop large vous noie sous des offres hors sujet ; trop étroite, elle
            vous
            en fait rater. Testez plusieurs intitulés (« vendeur », « conseiller de vente »,
            « employé de commerce ») et gardez ceux qui donnent des offres pertinentes.</p>""",
        ),
        h2("La candidature spontanée, mode d'emploi"),
        p(
            """<p>Une candidature spontanée fonctionne quand elle est ciblée. Dressez une liste de
            vingt entreprises de votre zone qui emploient votre métier cible. Pour chacune, cherchez
            le nom du responsable (gérant, responsable de magasin, chef d'atelier) et envoyez-lui un
            CV et un message court qui explique ce que vous pouvez apporter à <i>son</i> entreprise.
            Dans les petites entreprises et les commerces, se présenter en personne, CV en main, en
            dehors des heures d'affluence, reste très efficace.</p>"""
        ),
        warning(
            "Méfiez-vous des offres trop belles",
            """<p>Une offre qui promet un salaire élevé sans expérience, demande de l'argent pour
            une formation ou du matériel, ou réclame vos coordonnées bancaires avant tout entretien
            est probablement une arnaque. Ne payez jamais pour obtenir un emploi, et signalez
            l'annonce au site qui la publie.</p>""",
        ),
        checklist(
            "Cette semaine, je mets en place...",
            [
                "Deux ou trois alertes sur des sites d'offres",
                "Une inscription dans au moins deux agences d'intérim",
                "Une liste de 20 entreprises pour des candidatures spontanées",
                "La date du prochain forum de l'emploi près de chez moi",
            ],
        ),
    ],
)

SE_FIXER_DES_OBJECTIFS = Lesson(
    title="Se fixer des objectifs réalistes",
    slug="se-fixer-des-objectifs",
    intro=(
        "« Trouver un emploi » n'est pas un objectif de semaine. Voici comment le découper en "
        "actions."
    ),
    minutes=6,
    body=[
        h2("Des objectifs d'action, pas de résultat"),
        p(
            """<p>Vous ne décidez pas seul de la réponse d'un recruteur. Vous décidez, en revanche,
            du nombre de candidatures que vous envoyez, des personnes que vous appelez et du temps
            que vous consacrez à votre recherche. Fixez-vous donc des <b>objectifs d'action</b> :
            ils sont sous votre contrôle, et chaque semaine où vous les atteignez est une semaine
            réussie, même sans réponse positive.</p>"""
        ),
        example(
            "Un objectif utile pour la semaine",
            bad="Trouver un travail le plus vite possible.",
            good=(
                "Cette semaine : 5 candidatures adaptées, 2 appels à d'anciens collègues, "
                "1 passage en agence d'intérim, relances des candidatures de la semaine dernière."
            ),
            why=(
                "Chaque action est précise, mesurable et réalisable : vous savez vendredi si "
                "c'est fait."
            ),
        ),
        h2("Combien de candidatures ?"),
        p(
            """<p>Il n'existe pas de chiffre magique, mais un repère aide : <b>cinq à dix
            candidatures ciblées par semaine</b>, complétées par des actions de réseau. Mieux vaut
            cinq candidatures adaptées à l'offre que trente envois identiques. Si vous cherchez à
            temps plein, comptez l'équivalent de trois à quatre demi-journées par semaine : la
            recherche d'emploi est un travail, mais pas un travail de 50 heures.</p>"""
        ),
        h3("Ajuster selon votre situation"),
        p(
            """<p>Si vous suivez une formation, travaillez à temps partiel ou vous occupez
            d'enfants,
            réduisez le volume sans culpabiliser : deux candidatures soignées et un contact par
            semaine, tenus dans la durée, valent mieux qu'un programme intenable abandonné au bout
            de
            quinze jours.</p>"""
        ),
        tip(
            "Écrivez vos objectifs",
            """<p>Notez vos trois objectifs de la semaine en haut de votre planning, le lundi matin.
            Un objectif écrit et visible a beaucoup plus de chances d'être tenu qu'une bonne
            résolution en tête.</p>""",
        ),
        info(
            "Vos engagements avec votre conseiller",
            """<p>Si vous avez défini avec votre conseiller des actions à mener (ateliers,
            formations,
            nombre de démarches), intégrez-les à vos objectifs de la semaine. Ils font partie de
            votre recherche et vous aurez un suivi concret à lui présenter.</p>""",
        ),
        checklist(
            "Mes objectifs sont bons s'ils sont...",
            [
                "Des actions que je contrôle, pas des réponses attendues",
                "Chiffrés : combien, avec qui, quand",
                "Réalistes compte tenu de mes autres contraintes",
                "Écrits et visibles dans mon planning",
            ],
        ),
    ],
)

# --- Module 2 -----------------------------------------------------------------------------------
PLANNING_HEBDO = Lesson(
    title="Construire un planning hebdomadaire",
    slug="construire-un-planning-hebdomadaire",
    intro=(
        "Des créneaux fixes, des tâches précises : la méthode pour avancer chaque semaine sans "
        "s'éparpiller."
    ),
    minutes=7,
    body=[
        h2("Des créneaux comme au travail"),
        p(
            """<p>Une recherche menée « quand j'ai le temps » finit souvent repoussée au lendemain.
            Traitez-la comme un emploi : bloquez des <b>créneaux fixes</b> dans la semaine, par
            exemple de 9 h à 12 h du lundi au jeudi, et tenez-vous-y. Le reste du temps est libre,
            sans culpabilité. Ce cadre protège aussi votre moral : la recherche ne déborde pas sur
            toute votre vie.</p>"""
        ),
        image(
            "weekly-plan",
            alt=(
                "Un planning de cinq jours découpé en créneaux, où des blocs de couleur marquent "
                "les temps de candidature, de réseau et de relance."
            ),
            caption="Un exemple de semaine : chaque couleur correspond à un type d'activité.",
        ),
        h2("Un type d'activité par créneau"),
        p(
            """<p>Passer sans arrêt d'une tâche à l'autre fatigue et fait perdre du temps. Regroupez
            les activités semblables :</p>
            <ul>
            <li><b>Recherche d'offres et candidatures</b> : le matin, quand la concentration est
            meilleure. Lisez les alertes du jour, sélectionnez, adaptez le CV, envoyez.</li>
            <li><b>Réseau et appels</b> : en début d'après-midi, heures où les gens sont plus
            disponibles au téléphone.</li>
            <li><b>Relances</b> : un petit créneau de quinze minutes, deux fois par semaine.</li>
            <li><b>Formation et préparation</b> : un créneau par semaine pour suivre un cours,
            préparer un entretien, mettre à jour votre CV.</li>
            </ul>"""
        ),
        example(
            "Une journée type",
            bad="Regarder les offres de temps en temps dans la journée, au fil des notifications.",
            good=(
                "9 h-9 h 30 : lecture des alertes. 9 h 30-11 h 30 : 2 candidatures adaptées. "
                "14 h-14 h 30 : 2 appels réseau. 14 h 30-14 h 45 : relances prévues ce jour."
            ),
            why=(
                "Des plages courtes et précises : vous savez quoi faire en vous asseyant, et "
                "quand vous arrêter."
            ),
        ),
        h2("Un planning à imprimer"),
        p(
            """<p>Le planning ci-dessous propose une semaine de cinq jours avec un créneau du matin,
            un créneau d'après-midi, une ligne pour les relances et une ligne « fait aujourd'hui ».
            Le bas de la page sert au bilan du vendredi, que nous verrons dans le module 3.
            Affichez-le près de l'endroit où vous travaillez.</p>"""
        ),
        document(
            "weekly-planner",
            title="Planning hebdomadaire de recherche d'emploi",
            description=(
                "Un tableau d'une page, du lundi au vendredi, avec vos objectifs de la semaine et "
                "un bilan à remplir le vendredi."
            ),
        ),
        checklist(
            "Mon planning est prêt quand...",
            [
                "J'ai bloqué des créneaux fixes dans la semaine",
                "Chaque créneau a un type d'activité",
                "J'ai prévu un créneau de relances",
                "Mes trois objectifs de la semaine sont écrits en haut",
            ],
        ),
    ],
)

TENIR_DANS_LA_DUREE = Lesson(
    title="Tenir dans la durée",
    slug="tenir-dans-la-duree",
    intro=(
        "Une recherche d'emploi prend souvent plusieurs mois : comment garder l'énergie et le "
        "moral."
    ),
    minutes=6,
    body=[
        h2("Les silences font partie du processus"),
        p(
            """<p>Beaucoup de candidatures restent sans réponse. Ce n'est presque jamais un jugement
            sur vous : l'offre a été pourvue en interne, le recrutement a été suspendu, le recruteur
            a reçu trop de dossiers. Se le rappeler aide à ne pas prendre chaque silence pour un
            échec personnel. Ce qui compte, c'est le volume d'actions utiles que vous menez dans la
            durée.</p>"""
        ),
        h2("Des habitudes qui protègent le moral"),
        p(
            """<ul>
            <li><b>Gardez un rythme</b> : heure de lever régulière, créneaux de recherche fixes,
            et de vraies pauses.</li>
            <li><b>Notez vos progrès</b> : le nombre de candidatures envoyées, les contacts pris,
            les entretiens obtenus. Relire le chemin parcouru est motivant.</li>
            <li><b>Sortez de chez vous</b> : ateliers, forums, bibliothèque, espace de travail
            partagé. La recherche en solitaire pèse vite.</li>
            <li><b>Gardez une activité qui vous fait du bien</b> : sport, bénévolat, loisir. Elle
            entretient votre énergie et peut même élargir votre réseau.</li>
            </ul>"""
        ),
        tip(
            "Le petit succès du jour",
            """<p>Terminez chaque créneau de recherche en notant une chose accomplie, même modeste :
            « candidature envoyée chez Leroy », « numéro obtenu pour le responsable de l'entrepôt ».
            Une recherche d'emploi avance par petits pas ; les rendre visibles aide à
            continuer.</p>""",
        ),
        h2("Chercher à plusieurs"),
        p(
            """<p>Les ateliers collectifs et les clubs de recherche d'emploi réunissent des
            personnes
            dans la même situation. On y échange des offres, des contacts, des conseils d'entretien,
            et on se motive mutuellement. Demandez à votre conseiller ce qui existe près de chez
            vous.</p>"""
        ),
        warning(
            "Quand le découragement s'installe",
            """<p>Si vous ressentez une fatigue qui ne passe pas, des troubles du sommeil ou une
            perte d'envie durable, parlez-en à votre médecin ou à votre conseiller. Demander de
            l'aide n'est pas un aveu de faiblesse : c'est prendre soin de la ressource la plus
            importante de votre recherche, vous-même.</p>""",
        ),
        example(
            "Se parler à soi-même",
            bad="Encore un refus, je n'y arriverai jamais.",
            good=(
                "Cette candidature n'a pas abouti. Cette semaine, j'ai envoyé 6 candidatures et "
                "obtenu 1 entretien."
            ),
            why="Le second discours regarde les faits et l'action ; il vous garde en mouvement.",
        ),
    ],
)

ACTIVER_SON_RESEAU = Lesson(
    title="Activer son réseau",
    slug="activer-son-reseau",
    intro=(
        "Votre entourage connaît des postes qui ne sont jamais publiés : apprenez à le solliciter "
        "simplement."
    ),
    minutes=8,
    body=[
        h2("Vous avez un réseau, même si vous pensez que non"),
        p(
            """<p>Le mot « réseau » fait penser à des contacts haut placés. En réalité, votre
            réseau,
            ce sont toutes les personnes que vous connaissez : anciens collègues et responsables,
            camarades de formation, famille, amis, voisins, parents d'élèves, membres de votre club
            de sport ou de votre association, commerçants de votre quartier. Chacune connaît à son
            tour des dizaines de personnes. Un grand nombre d'embauches se font grâce à une
            recommandation de ce type.</p>"""
        ),
        image(
            "network",
            alt="Une personne au centre, reliée par des traits à huit contacts autour d'elle.",
            caption="Chaque contact direct vous relie à des dizaines d'autres personnes.",
        ),
        h2("Faire sa liste"),
        p(
            """<p>Prenez vingt minutes pour lister trente personnes, sans vous demander si elles
            « peuvent vous aider ». À côté de chaque nom, notez comment la joindre et ce qu'elle
            fait. Marquez ensuite d'une étoile celles qui travaillent dans votre métier cible, dans
            une entreprise qui vous intéresse, ou qui connaissent beaucoup de monde.</p>"""
        ),
        h2("Demander un conseil, pas un emploi"),
        p(
            """<p>Demander directement « Tu n'aurais pas un travail pour moi ? » met la personne
            mal à
            l'aise : elle n'en a généralement pas, et la conversation s'arrête là. Demandez plutôt
            <b>un conseil ou une information</b> : comment se passe le recrutement dans son
            entreprise, qui contacter, ce qu'elle pense de votre CV. C'est facile à accorder, et
            cela
            mène souvent à un nom ou à une offre.</p>"""
        ),
        example(
            "Un message à un ancien collègue",
            bad="Salut, je cherche du travail, si tu entends parler de quelque chose dis-moi.",
            good=(
                "Bonjour Julien, j'espère que tout va bien chez Transports Morel. Je cherche "
                "un poste de magasinier dans l'est lyonnais. Aurais-tu dix minutes cette "
                "semaine pour me dire comment ton entreprise recrute ? Je peux t'appeler quand "
                "ça t'arrange."
            ),
            why="Le message est précis, demande peu de temps, et propose une action simple.",
        ),
        h3("Les réseaux sociaux professionnels"),
        p(
            """<p>Un profil à jour sur un réseau social professionnel prolonge votre CV : reprenez-y
            votre titre et votre accroche, et indiquez que vous êtes disponible. Utilisez-le pour
            retrouver d'anciens collègues et suivre les entreprises de votre liste.</p>"""
        ),
        tip(
            "Remerciez et donnez des nouvelles",
            """<p>Après chaque échange, envoyez un mot de remerciement. Quand vous avancez (un
            entretien, une formation, un poste trouvé), prévenez les personnes qui vous ont aidé :
            elles penseront à vous la prochaine fois, et seront ravies de savoir que leur conseil a
            servi.</p>""",
        ),
        checklist(
            "Cette semaine, côté réseau",
            [
                "J'ai listé 30 personnes que je connais",
                "J'ai repéré 5 contacts prioritaires",
                "J'ai contacté 2 personnes pour demander un conseil",
                "Mon profil en ligne reprend mon titre et mon accroche",
            ],
        ),
    ],
)

# --- Module 3 -----------------------------------------------------------------------------------
TABLEAU_DE_SUIVI = Lesson(
    title="Tenir un tableau de suivi",
    slug="tenir-un-tableau-de-suivi",
    intro=(
        "Savoir à tout moment où en est chaque candidature : l'outil le plus simple et le plus "
        "utile."
    ),
    minutes=6,
    body=[
        h2("Pourquoi suivre ses candidatures"),
        p(
            """<p>Au bout de quelques semaines, vous aurez postulé dans des dizaines d'entreprises.
            Sans suivi, les questions s'accumulent : ai-je déjà écrit à ce magasin ? Quelle version
            du
            CV leur ai-je envoyée ? Fallait-il relancer ? Et le jour où un recruteur appelle, vous
            ne
            savez plus de quel poste il parle. Un tableau de suivi règle tout cela en quelques
            minutes
            par jour.</p>"""
        ),
        image(
            "tracking-board",
            alt=(
                "Quatre colonnes de cartes représentant des candidatures : à envoyer, envoyées, "
                "à relancer, entretien. Une flèche indique que les cartes avancent de gauche "
                "à droite."
            ),
            caption=(
                "Chaque candidature avance d'une étape à l'autre, de l'envoi jusqu'à l'entretien."
            ),
        ),
        h2("Les colonnes indispensables"),
        p(
            """<ul>
            <li><b>Date d'envoi</b> et <b>entreprise</b> ;</li>
            <li><b>Poste</b>, avec la référence de l'offre si elle existe ;</li>
            <li><b>Canal</b> : annonce, candidature spontanée, réseau, agence d'intérim ;</li>
            <li><b>Contact</b> : le nom de la personne, son téléphone ou son e-mail ;</li>
            <li><b>Relance prévue</b> : la date à laquelle vous relancerez ;</li>
            <li><b>Réponse et suite</b> : refus, entretien, sans nouvelles.</li>
            </ul>
            <p>Un cahier, un tableur ou le modèle à imprimer ci-dessous conviennent tous : le
            meilleur
            outil est celui que vous ouvrirez vraiment chaque jour.</p>"""
        ),
        document(
            "application-tracker",
            title="Tableau de suivi des candidatures",
            description=(
                "Un tableau à imprimer, avec une ligne d'exemple et la règle de relance rappelée "
                "en haut."
            ),
        ),
        example(
            "Une ligne de suivi",
            bad="Carrefour — envoyé.",
            good=(
                "03/03 — Carrefour Market Villeurbanne — Employé libre-service (offre 12345) "
                "— annonce — "
                "M. Petit, responsable de rayon — relance le 13/03 — sans nouvelles."
            ),
            why=(
                "Avec une ligne complète, vous savez qui relancer, quand, et pour quel poste, même "
                "trois semaines plus tard."
            ),
        ),
        tip(
            "Remplissez la ligne au moment de l'envoi",
            """<p>N'attendez pas la fin de la semaine : notez chaque candidature dès que vous
            l'envoyez,
            avec la date de relance. Cela prend trente secondes et vous évite d'oublier.</p>""",
        ),
        h2("Ce que le tableau vous apprend"),
        p(
            """<p>Après un mois, votre tableau devient une mine d'informations. Quel canal vous a
            rapporté des réponses ? Les candidatures spontanées ou les annonces ? Combien de
            candidatures faut-il pour obtenir un entretien ? Ces chiffres vous guideront pour le
            bilan, dans la dernière leçon.</p>"""
        ),
        checklist(
            "Mon suivi est en place quand...",
            [
                "J'ai choisi un outil : cahier, tableur ou modèle imprimé",
                "Toutes mes candidatures du mois y sont notées",
                "Chaque ligne a une date de relance",
                "Je l'ouvre à chaque créneau de recherche",
            ],
        ),
    ],
)

RELANCER = Lesson(
    title="Relancer sans déranger",
    slug="relancer-sans-deranger",
    intro="Une relance bien faite montre votre motivation et relance un dossier oublié.",
    minutes=6,
    body=[
        h2("Pourquoi relancer"),
        p(
            """<p>Beaucoup de candidats n'osent pas relancer, de peur de paraître insistants.
            Pourtant,
            une relance courte et polie est bien perçue : elle montre votre intérêt pour le poste et
            fait parfois ressortir votre dossier d'une pile. Dans certains cas, c'est elle qui
            déclenche l'appel pour un entretien.</p>"""
        ),
        h2("Quand relancer"),
        p(
            """<ul>
            <li><b>Après une candidature</b> : 8 à 10 jours ouvrés après l'envoi, si vous n'avez
            reçu aucune réponse.</li>
            <li><b>Après un entretien</b> : un message de remerciement le jour même ou le lendemain,
            puis une relance à la date annoncée pour la réponse, ou une semaine après si aucune date
            n'a été donnée.</li>
            <li><b>Une seule relance</b> par candidature en général, deux au maximum si l'échange a
            été positif.</li>
            </ul>"""
        ),
        h2("Par e-mail ou par téléphone ?"),
        p(
            """<p>L'e-mail est le plus simple et laisse le recruteur répondre quand il le peut.
            Le téléphone est plus direct et convient bien aux petites entreprises, aux commerces et
            aux agences d'intérim. Dans les deux cas, préparez ce que vous allez dire : le poste, la
            date de votre candidature, et une phrase qui rappelle votre atout principal.</p>"""
        ),
        example(
            "Un e-mail de relance",
            bad="Bonjour, je n'ai pas eu de réponse à ma candidature. Merci de me répondre.",
            good=(
                "Bonjour Madame Roux, je me permets de revenir vers vous au sujet de ma "
                "candidature au "
                "poste d'aide-comptable (réf. AC-1104), envoyée le 4 mars. Ce poste m'intéresse "
                "vivement : mon expérience de la saisie et du rapprochement bancaire en cabinet "
                "correspond à vos besoins. Je reste disponible pour un échange à votre convenance."
            ),
            why=(
                "Le ton est courtois, le rappel précis, et la relance redonne un argument sans "
                "reproche."
            ),
        ),
        tip(
            "Pour un appel, un petit script",
            """<p>« Bonjour, je suis Karim Benali. Je vous ai adressé ma candidature pour le poste
            de
            préparateur de commandes le 12 mars, et je voulais savoir où en est le recrutement. »
            Puis
            écoutez. Si la personne ne sait pas, demandez quand rappeler, et notez-le dans votre
            tableau de suivi.</p>""",
        ),
        warning(
            "Un refus n'est pas une porte fermée",
            """<p>Si l'on vous répond par un refus, remerciez et demandez, si le ton le permet, ce
            qui
            a manqué à votre candidature. Restez courtois : les entreprises rappellent parfois des
            candidats écartés quand un poste se libère.</p>""",
        ),
        checklist(
            "Avant chaque relance",
            [
                "J'ai vérifié la date d'envoi dans mon tableau",
                "J'ai relu l'offre et mon CV envoyé",
                "Mon message rappelle le poste, la date et un atout",
                "J'ai noté la relance et la suite dans mon tableau",
            ],
        ),
    ],
)

FAIRE_LE_BILAN = Lesson(
    title="Faire le bilan et ajuster",
    slug="faire-le-bilan-et-ajuster",
    intro=(
        "Chaque vendredi, quinze minutes pour regarder ce qui marche et changer ce qui ne marche "
        "pas."
    ),
    minutes=7,
    body=[
        h2("Le bilan du vendredi"),
        p(
            """<p>Une fois par semaine, prenez quinze minutes avec votre planning et votre tableau
            de
            suivi. Comptez : combien de candidatures envoyées, de relances faites, de contacts pris,
            d'entretiens obtenus ? Avez-vous tenu vos trois objectifs ? Notez ces chiffres en bas du
            planning. Semaine après semaine, ils dessinent une tendance bien plus fiable que votre
            impression du moment.</p>"""
        ),
        h2("Lire ses chiffres"),
        p(
            """<p>Vos chiffres vous disent où se situe le blocage, et donc quoi changer :</p>
            <ul>
            <li><b>Peu de candidatures envoyées</b> : le problème est l'organisation. Revoyez vos
            créneaux, vos alertes, votre liste d'entreprises.</li>
            <li><b>Beaucoup de candidatures, aucun entretien</b> : c'est souvent le CV ou le
            ciblage. Vérifiez que le titre et les mots-clés collent aux offres, et que vous visez
            des postes à votre portée. Le cours « Réussir son CV » vous y aide.</li>
            <li><b>Des entretiens, mais pas d'embauche</b> : c'est la préparation des entretiens
            qu'il faut travailler, par exemple avec une simulation.</li>
            </ul>"""
        ),
        example(
            "Tirer une conclusion de son bilan",
            bad="Ça ne marche pas, je vais envoyer encore plus de CV.",
            good=(
                "En 4 semaines : 28 candidatures sur annonces, 1 réponse ; 6 candidatures "
                "spontanées "
                "déposées en personne, 2 entretiens. Le mois prochain, je passe à 50 % de "
                "candidatures "
                "spontanées."
            ),
            why=(
                "Les chiffres montrent quel canal fonctionne pour vous : le bilan devient une "
                "décision."
            ),
        ),
        h2("Changer une chose à la fois"),
        p(
            """<p>Si vous modifiez tout en même temps, vous ne saurez pas ce qui a fait la
            différence. Choisissez <b>un seul ajustement</b> par période de deux à trois semaines :
            un nouveau titre de CV, un nouveau canal, un nouveau métier cible. Puis observez ses
            effets dans votre tableau.</p>"""
        ),
        info(
            "Partagez votre bilan",
            """<p>Apportez votre planning et votre tableau de suivi à votre prochain rendez-vous
            avec
            votre conseiller. Avec des faits précis sous les yeux, il pourra vous proposer des
            pistes adaptées : atelier CV, simulation d'entretien, formation, élargissement de la
            cible.</p>""",
        ),
        checklist(
            "Mon bilan de la semaine",
            [
                "J'ai compté mes candidatures, relances, contacts et entretiens",
                "J'ai vérifié si mes trois objectifs sont atteints",
                "J'ai identifié où se situe le blocage principal",
                "J'ai choisi un seul ajustement pour les semaines à venir",
                "J'ai fixé mes objectifs de la semaine prochaine",
            ],
        ),
    ],
)

COURSE = Course(
    title="Organiser sa recherche d'emploi",
    slug="organiser-sa-recherche-d-emploi",
    topic="organisation",
    summary=(
        "Définissez une cible claire, organisez vos semaines et suivez vos candidatures pour "
        "avancer "
        "avec méthode. Un planning et un tableau de suivi à imprimer sont fournis."
    ),
    audience=(
        "Les personnes qui cherchent un emploi et ont le sentiment de s'éparpiller ou de "
        "s'essouffler : "
        "début de recherche, recherche qui dure depuis plusieurs mois, reprise après une pause. "
        "Aucun prérequis."
    ),
    outcomes=[
        "Choisir un ou deux métiers cibles réalistes dans votre zone",
        "Combiner les offres publiées, les candidatures spontanées et votre réseau",
        "Fixer des objectifs d'action chiffrés pour chaque semaine",
        "Organiser votre semaine en créneaux et garder un rythme dans la durée",
        "Suivre vos candidatures et relancer au bon moment",
        "Faire un bilan régulier pour ajuster votre stratégie",
    ],
    duration_minutes=100,
    cover="cover-search",
    modules=[
        Module(
            title="Définir sa cible",
            slug="definir-sa-cible",
            intro=(
                "Savoir ce que vous cherchez, où le trouver, et ce que vous ferez chaque semaine."
            ),
            lessons=[CHOISIR_SA_CIBLE, OU_SONT_LES_OFFRES, SE_FIXER_DES_OBJECTIFS],
        ),
        Module(
            title="Organiser sa semaine",
            slug="organiser-sa-semaine",
            intro="Un planning simple, des habitudes qui tiennent, et un réseau que vous activez.",
            lessons=[PLANNING_HEBDO, TENIR_DANS_LA_DUREE, ACTIVER_SON_RESEAU],
        ),
        Module(
            title="Suivre ses candidatures",
            slug="suivre-ses-candidatures",
            intro="Garder une trace, relancer au bon moment et tirer les leçons de chaque semaine.",
            lessons=[TABLEAU_DE_SUIVI, RELANCER, FAIRE_LE_BILAN],
        ),
    ],
)
