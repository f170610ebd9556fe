"""The German text of the sample brochures (written for BrochureDesk, free to use).

A `|` inside a word marks where the typesetter may hyphenate it at a line end.
"""

from __future__ import annotations

from typing import Any

BROCHURES: list[dict[str, Any]] = [
    {
        "file": "Clusterservice_Aus-_und_Weiterbildung.pdf",
        "meta_title": "Microsoft Word - Clusterservice_AuW_final.docx",
        "title": ["Clusterservice", "Aus- und Weiterbildung"],
        "subtitle": "Wie Innovationscluster Fachkräfte sichern und qualifizieren",
        "colour": (0.05, 0.27, 0.52),
        "publisher": "Bundesministerium für Wirtschaft und Energie (BMWi)",
        "address": "Öffentlichkeitsarbeit, 11019 Berlin",
        "stand": "Stand: Juni 2018",
        "chapters": [
            (
                "Fachkräftesicherung als Clusteraufgabe",
                [
                    "Der Fachkräftemangel trifft kleine und mittlere Unternehmen besonders hart. "
                    "Innovationscluster bündeln die Kräfte ihrer Mitglieder und entwickeln "
                    "gemeinsame Angebote zur Aus- und Weiter|bildung, die ein einzelner Betrieb "
                    "allein nicht stemmen könnte.",
                    "Clustermanagerinnen und Clustermanager übernehmen dabei die Rolle von "
                    "Lotsen: Sie kennen die Qualifizierungs|bedarfe der Unternehmen, vernetzen "
                    "Hochschulen, Berufs|schulen und Kammern und sorgen dafür, dass Weiter|"
                    "bildungsangebote zu den Anforderungen der Praxis passen.",
                    "Die Fachkräfte|sicherung ist damit längst eine Kernaufgabe des "
                    "Cluster|managements geworden. Wer heute in Nachwuchs|förderung investiert, "
                    "sichert die Innovations|fähigkeit der Region von morgen.",
                ],
            ),
            (
                "Handlungsfelder im Überblick",
                [
                    "Die befragten Cluster nennen vier Handlungsfelder: Nachwuchs|förderung, "
                    "Ausbildung, Weiterqualifizierung der Beschäftigten und Fachkräfte|akquise im "
                    "In- und Ausland. Viele Initiativen verbinden mehrere Felder in einem "
                    "Programm.",
                    "Besonders wirksam sind Angebote, die früh ansetzen: Schülerinnen und Schüler "
                    "lernen die Betriebe der Region kennen, Auszubildende tauschen sich über "
                    "Unternehmens|grenzen hinweg aus, und Beschäftigte qualifizieren sich in "
                    "berufsbegleitenden Zertifikats|kursen weiter.",
                ],
            ),
        ],
        "examples": [
            (
                "Good Practice: Werde Foodstarter",
                "foodRegio e.V. · Schleswig-Holstein · Ernährungswirtschaft",
                [
                    "Mit der Ausbildungskampagne »Werde Foodstarter« wirbt das Netzwerk "
                    "foodRegio e.V. in Schleswig-Holstein für die Berufe der Ernährungs|"
                    "wirtschaft. Junge Menschen erleben in Betrieben, auf Messen und in sozialen "
                    "Medien, wie vielfältig die Arbeit in der Lebensmittel|branche ist.",
                    "Die Unternehmen des Netzwerks stellen gemeinsam Praktikums|plätze bereit "
                    "und präsentieren sich an Schulen. So gewinnen auch kleine Betriebe "
                    "Auszubildende, die allein kaum wahrgenommen würden.",
                    "Kontakt: foodRegio e.V., Lübeck - www.foodregio.de",
                ],
            ),
            (
                "Good Practice: Photonik-Akademie",
                "Photonics BW e.V. · Baden-Württemberg · Optische Technologien",
                [
                    "Die Photonik-Akademie von Photonics BW bietet Beschäftigten der Mitglieds|"
                    "unternehmen kompakte Weiterbildungs|module zu Laser|technik, Optik|design "
                    "und Messtechnik. Die Kurse entstehen gemeinsam mit Hochschulen des Landes.",
                    "Damit verbindet der Cluster Weiterqualifizierung und Fachkräfte|sicherung: "
                    "Unternehmen halten ihr Wissen aktuell, Beschäftigte gewinnen Perspektiven.",
                ],
            ),
        ],
    },
    {
        "file": "Jahresbericht 2019 Carbon Composites.pdf",
        "meta_title": "Layout 1",
        "title": ["Jahresbericht 2019"],
        "subtitle": "Leichtbau vernetzt: Forschung, Ausbildung, Transfer",
        "colour": (0.15, 0.15, 0.18),
        "publisher": "Carbon Composites e.V.",
        "address": "Am Technologiezentrum 5, 86159 Augsburg",
        "stand": "Stand: 15.03.2020",
        "chapters": [
            (
                "Das Jahr im Netzwerk",
                [
                    "Im Jahr 2019 wuchs das Netzwerk auf über 100 Mitglieder aus Industrie und "
                    "Wissenschaft. Schwerpunkte waren der Leichtbau in der Mobilität, "
                    "Recycling von Faserverbund|werkstoffen und die Digitalisierung der "
                    "Fertigung.",
                    "Die Arbeitsgruppen trafen sich zu zwölf Workshops. Neu ist die Arbeits|"
                    "gruppe Nachhaltigkeit, die Ökobilanzen für Bauteile aus Carbon vergleicht.",
                ],
            ),
            (
                "Internationalisierung",
                [
                    "Gemeinsam mit Partnern in Frankreich und Österreich organisierte der Verein "
                    "eine Delegations|reise zu Anwendern in der Luftfahrt. Die Internationali|"
                    "sierung der Mitglieder bleibt ein Schwerpunkt für 2020.",
                ],
            ),
        ],
        "examples": [
            (
                "Good Practice: Composite-Ausbildungsverbund",
                "Carbon Composites e.V. · Bayern · Faserverbundtechnologie",
                [
                    "Im Ausbildungs|verbund bilden zehn Betriebe gemeinsam Verfahrens|mechaniker "
                    "für Kunststoff- und Kautschuk|technik aus. Die Auszubildenden durchlaufen "
                    "Stationen in mehreren Unternehmen und lernen so unterschiedliche "
                    "Fertigungs|verfahren kennen.",
                    "Die überbetriebliche Ausbildung ergänzt ein Lehrgang an der Hochschule "
                    "Augsburg. So entsteht Nachwuchs, der Faserverbund|bauteile von der "
                    "Konstruktion bis zur Prüfung versteht.",
                ],
            ),
        ],
    },
    {
        "file": "Digitalisierung_im_Handwerk_Leitfaden.pdf",
        "meta_title": "Leitfaden Digitalisierung im Handwerk",
        "title": ["Leitfaden", "Digitalisierung im Handwerk"],
        "subtitle": "Wie Betriebe mit kleinen Schritten große Wirkung erzielen",
        "colour": (0.0, 0.45, 0.35),
        "publisher": "Handwerkskammer Musterstadt",
        "address": "Hauptstraße 12, 12345 Musterstadt",
        "stand": "Stand 09/2021",
        "chapters": [
            (
                "Warum digitalisieren?",
                [
                    "Digitale Werkzeuge sparen Zeit im Büro und auf der Baustelle. Wer Aufträge, "
                    "Termine und Rechnungen digital verwaltet, gewinnt Freiraum für das "
                    "eigentliche Handwerk.",
                    "Der Leitfaden zeigt, wie Betriebe die Digitalisierung Schritt für Schritt "
                    "angehen: von der digitalen Zeiterfassung über die Cloud-Ablage bis zur "
                    "Kunden|kommunikation per E-Mail und Messenger.",
                ],
            ),
            (
                "Qualifizierung der Beschäftigten",
                [
                    "Technik allein genügt nicht. Entscheidend ist die Weiterqualifizierung "
                    "der Mitarbeiterinnen und Mitarbeiter. Kurze Schulungen direkt im Betrieb "
                    "sind oft wirksamer als lange Seminare außer Haus.",
                    "Die Handwerkskammer bietet dazu Lernangebote in der Meisterschule und "
                    "berufsbegleitende Kurse an der Akademie in der Friedrich-Ebert-Straße an.",
                ],
            ),
        ],
        "examples": [
            (
                "Praxisbeispiel: Tischlerei Holzwerk",
                "Tischlerei Holzwerk GmbH · Niedersachsen · Handwerk",
                [
                    "Die Tischlerei plant Küchen heute am Tablet gemeinsam mit den Kunden. "
                    "Die Daten gehen direkt an die CNC-Fräse in der Werkstatt. Aufmaß|fehler "
                    "sind seltener geworden, die Lieferzeiten kürzer.",
                    "Alle Beschäftigten wurden in zwei halbtägigen Schulungen eingewiesen; zwei "
                    "Auszubildende betreuen die Tablets als Digital|lotsen.",
                ],
            ),
        ],
    },
    {
        "file": "OLEC_Newsletter_2_2022.pdf",
        "meta_title": "",
        "title": ["Energie-Newsletter", "Ausgabe 2/2022"],
        "subtitle": "Neues aus dem Energiecluster OLEC",
        "colour": (0.85, 0.45, 0.05),
        "publisher": "OLEC e.V. - Oldenburger Energiecluster",
        "address": "Marie-Curie-Straße 1, 26129 Oldenburg",
        "stand": "Stand: Oktober 2022",
        "chapters": [
            (
                "Wärmewende in der Region",
                [
                    "Kommunen und Stadtwerke im Nordwesten planen die Wärmeversorgung neu. "
                    "Der Cluster moderiert einen Arbeitskreis, in dem Planungs|büros, "
                    "Netzbetreiber und Hochschulen ihre Erfahrungen austauschen.",
                    "Im Mittelpunkt stehen Wärmepumpen, Wärmenetze und die Frage, wie "
                    "Handwerks|betriebe genug Fachkräfte für die Installation finden.",
                ],
            ),
        ],
        "examples": [
            (
                "Good Practice: Energie-Scouts",
                "OLEC e.V. · Niedersachsen · Energiewirtschaft",
                [
                    "Auszubildende aus Mitglieds|unternehmen werden zu Energie-Scouts: Sie "
                    "suchen im eigenen Betrieb nach Einspar|möglichkeiten und stellen ihre "
                    "Projekte bei einem Wettbewerb vor.",
                    "Das Programm verbindet Nachwuchs|förderung mit Klimaschutz. Viele Scouts "
                    "bleiben nach der Ausbildung im Unternehmen.",
                ],
            ),
        ],
    },
    {
        "file": "Fachkräftestrategie Ernährungswirtschaft SH.pdf",
        "meta_title": "Fachkräftestrategie Ernährungswirtschaft Schleswig-Holstein",
        "title": ["Fachkräftestrategie", "Ernährungswirtschaft"],
        "subtitle": "Handlungsempfehlungen für Schleswig-Holstein",
        "colour": (0.55, 0.1, 0.2),
        "publisher": "Ministerium für Wirtschaft, Verkehr, Arbeit, Technologie und Tourismus "
        "des Landes Schleswig-Holstein",
        "address": "Düsternbrooker Weg 94, 24105 Kiel",
        "stand": "Stand: November 2019",
        "chapters": [
            (
                "Ausgangslage",
                [
                    "Die Ernährungswirtschaft ist mit über 20.000 Beschäftigten eine der "
                    "größten Branchen des Landes. Viele Betriebe finden kaum noch Bewerberinnen "
                    "und Bewerber für Ausbildungs|plätze.",
                    "Besonders gefragt sind Fachkräfte für Lebensmittel|technik, Fleischerei "
                    "und Bäckerei sowie Berufskraft|fahrer. Die Fachkräfteakquise im Ausland "
                    "gewinnt an Bedeutung.",
                ],
            ),
            (
                "Handlungsempfehlungen",
                [
                    "Erstens: Berufsorientierung stärken, zum Beispiel mit Kampagnen wie "
                    "»Werde Foodstarter«. Zweitens: Weiterbildung und Aufstiegs|fortbildung "
                    "fördern. Drittens: Arbeitgeber|attraktivität durch gute Arbeits|"
                    "bedingungen erhöhen.",
                    "Die Landesregierung unterstützt die Betriebe mit Beratung und "
                    "Förderprogrammen zur Fachkräftesicherung.",
                ],
            ),
        ],
        "examples": [],
    },
]
