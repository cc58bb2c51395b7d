"""Site-level demo content: home page, catalogue, topics, "À propos" and the accessibility "
"statement."""

from .builder import checklist, fr, h2, h3, info, p, tip

TOPICS = [
    ("cv", "CV et candidature"),
    ("organisation", "Organisation"),
    ("entretien", "Entretien"),
]

HOME = {
    "hero_title": "Reprenez votre recherche d'emploi en main, une leçon à la fois",
    "hero_text": fr(
        "Des cours courts, gratuits et concrets pour écrire votre CV et votre lettre de "
        "motivation, préparer vos entretiens et organiser votre recherche. Sur téléphone comme "
        "sur ordinateur, à votre rythme, avec votre conseiller si vous le souhaitez."
    ),
    "body": [
        h2("À qui s'adressent ces cours"),
        p(
            """<p>Nos cours sont faits pour toute personne qui cherche un emploi, quel que soit son
            parcours :</p>
            <ul>
            <li><b>Vous cherchez votre premier emploi</b> et ne savez pas par où commencer votre
            CV.</li>
            <li><b>Vous reprenez le travail</b> après une pause, une maladie, un congé
            parental.</li>
            <li><b>Vous changez de métier</b> et devez présenter autrement votre expérience.</li>
            <li><b>Votre recherche dure</b> et vous voulez retrouver de la méthode et de
            l'élan.</li>
            </ul>
            <p>Chaque leçon se lit en quelques minutes et se termine par une liste de points à
            vérifier. Les modèles à télécharger (CV, lettre de motivation, planning hebdomadaire,
            tableau de suivi) vous permettent de passer tout de suite à la pratique.</p>"""
        ),
        info(
            "Gratuit et sans engagement",
            "<p>La création d'un compte suffit pour suivre les cours et garder votre progression. "
            "Vos données ne sont partagées avec un conseiller que si vous le décidez, et vous "
            "pouvez "
            "retirer ce partage à tout moment.</p>",
        ),
    ],
}

CATALOGUE = {
    "title": "Catalogue",
    "intro": fr(
        "Tous nos cours, classés par thème. Commencez par celui qui répond à votre besoin du "
        "moment : "
        "un CV à refaire, une recherche à organiser ou un entretien à préparer."
    ),
}

STANDARD_PAGES = [
    {
        "slug": "a-propos",
        "title": "À propos",
        "intro": fr(
            "Cap Emploi propose des cours en ligne gratuits pour accompagner les personnes en "
            "recherche "
            "d'emploi, en complément du suivi par leur conseiller."
        ),
        "body": [
            h2("Pourquoi ces cours"),
            p(
                """<p>Chercher un emploi est un travail à part entière, et il s'apprend. Beaucoup de
                personnes que nous rencontrons ont des compétences solides mais un CV qui ne les
                montre
                pas, ou une recherche qui s'essouffle faute d'organisation. Nos cours répondent à
                ces
                besoins précis, avec des conseils que l'on peut appliquer le jour même.</p>"""
            ),
            h2("Notre façon de faire"),
            p(
                """<ul>
                <li><b>Court et concret</b> : des leçons de quelques minutes, lisibles sur
                téléphone.</li>
                <li><b>Pour tout le monde</b> : un français simple, des pages accessibles au
                clavier et aux
                lecteurs d'écran, des documents téléchargeables.</li>
                <li><b>En lien avec votre accompagnement</b> : votre conseiller peut suivre votre
                progression si vous l'y autorisez.</li>
                </ul>"""
            ),
            h2("Qui rédige les cours"),
            p(
                """<p>Les contenus sont écrits et relus par des conseillers en insertion
                professionnelle et
                des recruteurs, puis testés auprès de personnes en recherche d'emploi. Une
                remarque, une
                erreur, une idée de cours ? Écrivez-nous à
                <a href="mailto:contact@example.org">contact@example.org</a>.</p>"""
            ),
        ],
    },
    {
        "slug": "accessibilite",
        "title": "Accessibilité",
        "intro": fr("Déclaration d'accessibilité du site Cap Emploi, établie le 25 novembre 2026."),
        "body": [
            p(
                """<p>Cap Emploi s'engage à rendre son site internet accessible conformément à
                l'article 47 de la loi n° 2005-102 du 11 février 2005. La présente déclaration
                d'accessibilité s'applique au site de cours en ligne Cap Emploi.</p>"""
            ),
            h2("État de conformité"),
            p(
                """<p>Le site n'a pas encore fait l'objet d'un audit de conformité complet au
                référentiel général d'amélioration de l'accessibilité (RGAA 4.1). Dans l'attente de
                cet audit, il est déclaré <b>non conforme</b>, comme le prévoit le référentiel.</p>
                <p>Le site est conçu pour respecter le niveau AA des règles internationales WCAG
                2.1 :</p>
                <ul>
                <li>toutes les pages se parcourent au clavier, avec un indicateur de focus visible
                ;</li>
                <li>les images porteuses d'information ont un texte alternatif, et les vidéos une
                transcription écrite ;</li>
                <li>les contrastes de couleurs respectent un rapport d'au moins 4,5 pour 1 pour le
                texte ;</li>
                <li>les titres, listes, formulaires et tableaux sont balisés pour les lecteurs
                d'écran ;</li>
                <li>le contenu reste lisible avec un zoom à 200 % et sur un écran de téléphone.</li>
                </ul>
                <p>Les pages sont vérifiées par des tests automatiques (axe-core) et par une
                navigation au clavier.</p>"""
            ),
            h2("Contenus non accessibles"),
            h3("Non-conformités connues"),
            p(
                """<ul>
                <li>Les modèles PDF à télécharger (modèle de CV, planning hebdomadaire, tableau de
                suivi) ne sont pas balisés : leur structure n'est pas restituée par les lecteurs
                d'écran. Le contenu de chaque modèle est décrit dans la leçon qui le propose, et
                les modèles de CV et de lettre de motivation existent aussi au format Word, avec
                des titres structurés.</li>
                </ul>"""
            ),
            h2("Établissement de cette déclaration"),
            p(
                """<p>Cette déclaration a été établie le 25 novembre 2026.</p>
                <p><b>Technologies utilisées</b> : HTML5, CSS, JavaScript (minimal, le site reste
                utilisable sans lui).</p>
                <p><b>Vérifications réalisées</b> : tests automatiques axe-core dans Chromium,
                navigation au clavier, affichage sur écran de téléphone. L'audit RGAA prévu
                couvrira aussi les lecteurs d'écran NVDA (Windows), VoiceOver (macOS, iOS) et
                TalkBack (Android).</p>"""
            ),
            h2("Retour d'information et contact"),
            p(
                """<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez-nous
                pour
                être orienté vers une alternative accessible ou obtenir le contenu sous une autre
                forme :</p>
                <ul>
                <li>par courriel : <a
                href="mailto:accessibilite@example.org">accessibilite@example.org</a> ;</li>
                <li>par l'intermédiaire de votre conseiller.</li>
                </ul>
                <p>Nous nous engageons à vous répondre sous 10 jours ouvrés.</p>"""
            ),
            h2("Voies de recours"),
            p(
                """<p>Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un
                contenu ou à un service du site et que vous n'avez pas obtenu de réponse
                satisfaisante,
                vous pouvez :</p>
                <ul>
                <li>écrire un message au Défenseur des droits, par le formulaire en ligne de son
                site ;</li>
                <li>contacter le délégué du Défenseur des droits dans votre région ;</li>
                <li>envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) :
                Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
                </ul>"""
            ),
            tip(
                "Adapter l'affichage",
                "<p>Votre navigateur permet d'agrandir le texte (Ctrl et + sur ordinateur, geste "
                "d'écartement sur téléphone) sans perte de contenu.</p>",
            ),
            checklist(
                "Ce que nous vérifions avant chaque mise en ligne",
                [
                    "Navigation complète au clavier, focus visible",
                    "Textes alternatifs des images et transcriptions des vidéos",
                    "Contrastes conformes au niveau AA",
                    "Aucune erreur relevée par le test automatique axe-core",
                ],
            ),
        ],
    },
]

# The privacy page. The retention periods below are those of settings.DATA_RETENTION and
# SESSION_COOKIE_AGE, applied by the daily purge (cms.maintenance); tests/cms/test_maintenance.py
# checks that both say the same.
PRIVACY = {
    "slug": "donnees-personnelles",
    "title": "Vos données personnelles",
    "intro": fr(
        "Ce que Cap Emploi garde sur vous, pourquoi, combien de temps, et comment le voir, "
        "l'emporter ou l'effacer."
    ),
    "body": [
        h2("Ce que nous gardons"),
        p(
            """<ul>
            <li><b>Votre compte</b> : prénom, nom, adresse e-mail, mot de passe (chiffré, nous ne
            pouvons pas le lire), langue choisie et vos choix d'e-mails.</li>
            <li><b>Votre progression</b> : les cours commencés, les étapes terminées, vos réponses
            aux quiz et vos certificats.</li>
            <li><b>La sécurité de votre compte</b> : les essais de connexion qui ont échoué
            (adresse e-mail saisie, adresse IP, navigateur), pour bloquer qui tente de deviner un
            mot de passe.</li>
            <li><b>Les e-mails envoyés</b> : le type d'e-mail et la date, pour ne pas vous écrire
            deux fois la même chose.</li>
            </ul>
            <p>Nous n'utilisons ni publicité ni outil de mesure d'audience. Deux cookies seulement :
            celui qui vous garde connecté et celui qui retient la langue choisie.</p>"""
        ),
        h2("Combien de temps"),
        p(
            """<ul>
            <li><b>Votre connexion</b> : deux semaines après votre dernière visite, il faut vous
            reconnecter.</li>
            <li><b>Les essais de connexion échoués</b> : 30 jours.</li>
            <li><b>La liste des e-mails envoyés</b> : un an.</li>
            <li><b>Votre compte et toutes ses données</b> : trois ans après votre dernière
            connexion, votre compte est supprimé, avec votre progression, vos réponses et vos
            certificats.</li>
            </ul>
            <p>Ces suppressions se font automatiquement, chaque nuit.</p>"""
        ),
        h2("Vos droits"),
        p(
            """<ul>
            <li><b>Voir et emporter vos données</b> : dans « Mon compte », rubrique « Mes données »,
            téléchargez tout ce que nous gardons sur vous.</li>
            <li><b>Les corriger</b> : dans « Mon compte », rubrique « Mon profil ».</li>
            <li><b>Tout effacer</b> : « Mes données », puis « Supprimer mon compte ». C'est
            immédiat et définitif.</li>
            <li><b>Ne plus recevoir de rappels</b> : le lien en bas de chaque e-mail, ou
            « Mon profil ».</li>
            </ul>
            <p>Une question ? Écrivez-nous à
            <a href="mailto:donnees@example.org">donnees@example.org</a>.</p>"""
        ),
    ],
}
STANDARD_PAGES.append(PRIVACY)
