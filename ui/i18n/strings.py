"""English source text → nl / fr / de. ``%n`` is a count, ``%1`` a value. Missing fr/de entries fall back
to the English source (``scripts``' ``export_ts`` marks them unfinished for translators)."""

from __future__ import annotations

import re

TRANSLATIONS: dict[str, dict[str, str]] = {}


_FR_SPACE = re.compile(r"[ \u202f]([:;?!»])|(«)[ \u202f]")


def french_spaces(text: str) -> str:
    """French typography, the same everywhere: a no-break space (U+00A0) before : ; ? ! » and after «, so a
    line never breaks between a word and its colon ("Nouvelle demande : …")."""
    return _FR_SPACE.sub(lambda m: f"\u00a0{m.group(1)}" if m.group(1) else f"{m.group(2)}\u00a0", text)


def _add(src: str, nl: str, fr: str = "", de: str = "") -> None:
    entry = {"nl": nl}
    if fr:
        entry["fr"] = french_spaces(fr)
    if de:
        entry["de"] = de
    TRANSLATIONS[src] = entry


# --- main window, navigation, menus
_add("&Home", "&Start", "&Accueil", "&Start")
_add("&Search", "&Zoeken", "&Rechercher", "&Suchen")
_add("Cas&es", "&Dossiers", "&Dossiers", "&Vorgänge")
_add("Co&nflicts", "&Conflicten", "&Conflits", "&Konflikte")
_add("&Search…", "&Zoeken…", "&Rechercher…", "&Suchen…")
_add("&Read card", "&Kaart lezen", "&Lire la carte", "&Karte lesen")
_add("&New intake", "&Nieuwe aanvraag", "&Nouvelle demande", "&Neuer Antrag")
_add("&New intake…", "&Nieuwe aanvraag…", "&Nouvelle demande…", "&Neuer Antrag…")
_add("&Print receipt", "Ontvangstbewijs &afdrukken", "&Imprimer le récépissé", "Empfangsbestätigung &drucken")
_add("&Cases", "&Dossiers", "&Dossiers", "&Vorgänge")
_add("&Back", "&Terug", "&Retour", "&Zurück")
_add("&Synchronise now", "Nu &synchroniseren", "&Synchroniser maintenant", "Jetzt &synchronisieren")
_add("&Lock", "&Vergrendelen", "&Verrouiller", "&Sperren")
_add("&Quit", "&Afsluiten", "&Quitter", "&Beenden")
_add("Change &status", "&Status wijzigen", "Changer le &statut", "&Status ändern")
_add("&File", "&Bestand", "&Fichier", "&Datei")
_add("&Card", "&Kaart", "&Carte", "&Karte")
_add("&View", "&Beeld", "&Affichage", "&Ansicht")
_add("&Language", "&Taal", "&Langue", "&Sprache")
_add("S&ync", "S&ynchronisatie", "S&ynchronisation", "S&ynchronisation")
_add("&Demo cards", "&Demokaarten", "Cartes de &démo", "&Demokarten")
_add("&Remove card", "Kaart &verwijderen", "&Retirer la carte", "Karte &entfernen")
_add("Search name, national number, address or case number  (Ctrl+F)",
     "Zoek naam, rijksregisternummer, adres of dossiernummer  (Ctrl+F)",
     "Rechercher nom, numéro national, adresse ou numéro de dossier  (Ctrl+F)",
     "Name, Nationalregisternummer, Adresse oder Vorgangsnummer suchen  (Strg+F)")
_add("Search citizen or case", "Burger of dossier zoeken", "Rechercher un citoyen ou un dossier",
     "Bürger oder Vorgang suchen")
_add("Read card (F2)", "Kaart lezen (F2)", "Lire la carte (F2)", "Karte lesen (F2)")
_add("Read eID card", "eID-kaart lezen", "Lire la carte eID", "eID-Karte lesen")
_add("No card reader service is running.", "Er draait geen kaartlezerdienst.", "Aucun service de lecteur de carte.",
     "Kein Kartenleserdienst aktiv.")
_add("Save an intake first; then its receipt can be printed.",
     "Bewaar eerst een aanvraag; daarna kan het ontvangstbewijs worden afgedrukt.",
     "Enregistrez d'abord une demande ; le récépissé pourra ensuite être imprimé.",
     "Speichern Sie zuerst einen Antrag; dann kann die Bestätigung gedruckt werden.")
_add("This laptop is not connected to a case store.", "Deze laptop is niet verbonden met een dossierserver.",
     "Cet ordinateur n'est pas relié à un serveur de dossiers.", "Dieser Laptop ist mit keinem Vorgangsserver verbunden.")
_add("%n change(s) waiting to be sent", "%n wijziging(en) wachten om verzonden te worden",
     "%n modification(s) en attente d'envoi", "%n Änderung(en) warten auf Versand")

# --- home
_add("Good day", "Goedendag", "Bonjour", "Guten Tag")
_add("Good day, %1", "Goedendag, %1", "Bonjour, %1", "Guten Tag, %1")
_add("Counter", "Balie", "Guichet", "Schalter")
_add("Outreach", "Outreach", "Travail de proximité", "Aufsuchende Arbeit")
_add("Theme desk", "Themaloket", "Guichet thématique", "Themenschalter")
_add("Coordination", "Coördinatie", "Coordination", "Koordination")
_add("Administration", "Beheer", "Administration", "Verwaltung")
_add("Read eID card  (F2)", "eID-kaart lezen  (F2)", "Lire la carte eID  (F2)", "eID-Karte lesen  (F2)")
_add("Search citizen or case  (Ctrl+F)", "Burger of dossier zoeken  (Ctrl+F)", "Rechercher  (Ctrl+F)",
     "Suchen  (Strg+F)")
_add("New intake  (Ctrl+N)", "Nieuwe aanvraag  (Ctrl+N)", "Nouvelle demande  (Ctrl+N)", "Neuer Antrag  (Strg+N)")
_add("New intake", "Nieuwe aanvraag", "Nouvelle demande", "Neuer Antrag")
_add("Unfinished intakes (drafts)", "Onafgewerkte aanvragen (concepten)", "Demandes inachevées (brouillons)",
     "Unfertige Anträge (Entwürfe)")
_add("Today's home visits", "Huisbezoeken vandaag", "Visites à domicile du jour", "Hausbesuche heute")
_add("Prepared cases", "Voorbereide dossiers", "Dossiers préparés", "Vorbereitete Vorgänge")
_add("Today's consultations", "Gesprekken vandaag", "Consultations du jour", "Beratungen heute")
_add("Intakes today", "Aanvragen vandaag", "Demandes du jour", "Anträge heute")
_add("Work queue per department", "Werkvoorraad per dienst", "Travail en attente par service",
     "Arbeitsvorrat je Dienststelle")
_add("Appointments today", "Afspraken vandaag", "Rendez-vous du jour", "Termine heute")
_add("Walk-ins today", "Loketbezoekers vandaag", "Visiteurs du jour", "Schalterbesuche heute")
_add("Open cases", "Open dossiers", "Dossiers ouverts", "Offene Vorgänge")
_add("Overdue", "Over tijd", "En retard", "Überfällig")
_add("Waiting to be sent", "Wacht op verzending", "En attente d'envoi", "Wartet auf Versand")
_add("Citizens on this laptop", "Burgers op deze laptop", "Citoyens sur cet ordinateur", "Bürger auf diesem Laptop")
_add("Time", "Uur", "Heure", "Zeit")
_add("Citizen", "Burger", "Citoyen", "Bürger")
_add("Subject", "Onderwerp", "Objet", "Betreff")
_add("Desk", "Loket", "Guichet", "Schalter")
_add("Department", "Dienst", "Service", "Dienststelle")
_add("Open", "Open", "Ouverts", "Offen")
_add("Case", "Dossier", "Dossier", "Vorgang")
_add("Status", "Status", "Statut", "Status")
_add("Nothing yet today.", "Vandaag nog niets.", "Rien encore aujourd'hui.", "Heute noch nichts.")
_add("Resume: %1", "Verderwerken: %1", "Reprendre : %1", "Fortsetzen: %1")

# --- search
_add("Search", "Zoeken", "Recherche", "Suche")
_add("Search results", "Zoekresultaten", "Résultats", "Suchergebnisse")
_add("Type at least two letters or digits: name, national number, address or case number.",
     "Typ minstens twee letters of cijfers: naam, rijksregisternummer, adres of dossiernummer.",
     "Tapez au moins deux lettres ou chiffres : nom, numéro national, adresse ou numéro de dossier.",
     "Mindestens zwei Buchstaben oder Ziffern: Name, Nationalregisternummer, Adresse oder Vorgangsnummer.")
_add("No person or case matches “%1”.", "Geen persoon of dossier gevonden voor “%1”.",
     "Aucune personne ni dossier pour « %1 ».", "Keine Person und kein Vorgang für „%1“.")
_add("%n result(s) — ↓ to choose, Enter to open", "%n resultaten — ↓ om te kiezen, Enter om te openen",
     "%n résultat(s) — ↓ pour choisir, Entrée pour ouvrir", "%n Ergebnis(se) — ↓ wählen, Eingabe öffnen")

# --- person
_add("Name of the citizen", "Naam van de burger", "Nom du citoyen", "Name des Bürgers")
_add("Start an intake for this citizen (Ctrl+N)", "Start een aanvraag voor deze burger (Ctrl+N)",
     "Nouvelle demande pour ce citoyen (Ctrl+N)", "Neuer Antrag für diesen Bürger (Strg+N)")
_add("History of the citizen", "Geschiedenis van de burger", "Historique du citoyen", "Verlauf des Bürgers")
_add("Born", "Geboren", "Né(e)", "Geboren")
_add("Address", "Adres", "Adresse", "Adresse")
_add("Language", "Taal", "Langue", "Sprache")
_add("Informed by", "Verwittigen via", "Informé par", "Benachrichtigt per")
_add("E-mail / phone", "E-mail / telefoon", "E-mail / téléphone", "E-Mail / Telefon")
_add("eID card", "eID-kaart", "Carte eID", "eID-Karte")
_add("Suggestions", "Suggesties", "Suggestions", "Vorschläge")
_add("History", "Geschiedenis", "Historique", "Verlauf")
_add("Date", "Datum", "Date", "Datum")
_add("Kind", "Soort", "Type", "Art")
_add("Reference", "Referentie", "Référence", "Referenz")
_add("This person is not on this laptop.", "Deze persoon staat niet op deze laptop.",
     "Cette personne n'est pas sur cet ordinateur.", "Diese Person ist nicht auf diesem Laptop.")
_add("no national number", "geen rijksregisternummer", "pas de numéro national", "keine Nationalregisternummer")
_add("e-mail", "e-mail", "e-mail", "E-Mail")
_add("SMS", "sms", "SMS", "SMS")
_add("letter", "brief", "lettre", "Brief")
_add("phone", "telefoon", "téléphone", "Telefon")
_add("valid until", "geldig tot", "valable jusqu'au", "gültig bis")
_add("card expired", "kaart vervallen", "carte expirée", "Karte abgelaufen")
_add("card expires soon", "kaart vervalt binnenkort", "carte bientôt expirée", "Karte läuft bald ab")
_add("No suggestions for this citizen.", "Geen suggesties voor deze burger.", "Aucune suggestion pour ce citoyen.",
     "Keine Vorschläge für diesen Bürger.")
_add("Start this intake", "Deze aanvraag starten", "Commencer cette demande", "Diesen Antrag beginnen")
_add("Start intake: %1", "Aanvraag starten: %1", "Commencer : %1", "Antrag beginnen: %1")
_add("Contact", "Contact", "Contact", "Kontakt")
_add("Appointment", "Afspraak", "Rendez-vous", "Termin")
_add("Note", "Notitie", "Note", "Notiz")
_add("expected", "verwacht", "prévu", "erwartet")
_add("No earlier cases, contacts or appointments.", "Geen eerdere dossiers, contacten of afspraken.",
     "Aucun dossier, contact ou rendez-vous antérieur.", "Keine früheren Vorgänge, Kontakte oder Termine.")

# --- intake
_add("Case &type:", "Soort &aanvraag:", "&Type de demande :", "Antrags&art:")  # the hint below names the letter
_add("Case type", "Soort aanvraag", "Type de demande", "Antragsart")
_add("Fee", "Retributie", "Redevance", "Gebühr")
_add("Documents to bring", "Mee te brengen documenten", "Documents à apporter", "Mitzubringende Unterlagen")
_add("Attachments", "Bijlagen", "Pièces jointes", "Anlagen")
_add("Add &file…", "&Bestand toevoegen…", "Ajouter un &fichier…", "&Datei hinzufügen…")
_add("Add attachment from a file", "Bijlage toevoegen uit een bestand", "Ajouter une pièce jointe",
     "Anlage aus Datei hinzufügen")
_add("From &scanner", "Van &scanner", "Du &scanner", "Vom &Scanner")
_add("Add the newest scan from the scanner folder", "Nieuwste scan uit de scannermap toevoegen",
     "Ajouter le dernier scan", "Neuesten Scan hinzufügen")
_add("How is the citizen informed?", "Hoe wordt de burger verwittigd?", "Comment informer le citoyen ?",
     "Wie wird der Bürger benachrichtigt?")
_add("Preferred channel of the citizen", "Voorkeurskanaal van de burger", "Canal préféré du citoyen",
     "Bevorzugter Kanal des Bürgers")
_add("e-mail address", "e-mailadres", "adresse e-mail", "E-Mail-Adresse")
_add("E-mail address", "E-mailadres", "Adresse e-mail", "E-Mail-Adresse")
_add("mobile number", "gsm-nummer", "numéro de GSM", "Handynummer")
_add("Mobile number", "Gsm-nummer", "Numéro de GSM", "Handynummer")
_add("Channel &confirmed with the citizen", "Kanaal &bevestigd met de burger", "Canal &confirmé avec le citoyen",
     "Kanal mit dem Bürger &bestätigt")
_add("at the counter", "aan het loket", "au guichet", "am Schalter")
_add("by phone", "telefonisch", "par téléphone", "telefonisch")
_add("by e-mail", "per e-mail", "par e-mail", "per E-Mail")
_add("home visit", "huisbezoek", "visite à domicile", "Hausbesuch")
_add("digital", "digitaal", "numérique", "digital")
_add("Intake &via:", "Aanvraag &via:", "Demande &via :", "Antrag &über:")
_add("Fee &paid", "Retributie &betaald", "Redevance &payée", "Gebühr &bezahlt")
_add("&Save intake", "Aanvraag &bewaren", "&Enregistrer la demande", "Antrag &speichern")
_add("Save (Ctrl+S) — works offline", "Bewaren (Ctrl+S) — werkt ook offline", "Enregistrer (Ctrl+S) — aussi hors ligne",
     "Speichern (Strg+S) — auch offline")
_add("Cancel", "Annuleren", "Annuler", "Abbrechen")
_add("Close the form; the draft is kept (Esc)", "Formulier sluiten; het concept blijft bewaard (Esc)",
     "Fermer ; le brouillon est conservé (Échap)", "Schließen; der Entwurf bleibt erhalten (Esc)")
_add("&Back to the citizen", "&Terug naar de burger", "&Retour au citoyen", "&Zurück zum Bürger")
_add("— choose —", "— kies —", "— choisir —", "— wählen —")
_add("No citizen chosen (anonymous intake)", "Geen burger gekozen (anonieme aanvraag)",
     "Aucun citoyen choisi (demande anonyme)", "Kein Bürger gewählt (anonymer Antrag)")
_add("Choose a case type (Alt+T) to show its form.", "Kies een soort aanvraag (Alt+A) om het formulier te tonen.",
     "Choisissez un type de demande (Alt+T).", "Wählen Sie eine Antragsart (Alt+A).")
_add("Draft: editing…", "Concept: wordt bewerkt…", "Brouillon : en cours…", "Entwurf: in Bearbeitung…")
_add("Draft saved", "Concept bewaard", "Brouillon enregistré", "Entwurf gespeichert")
_add("Draft restored", "Concept hersteld", "Brouillon restauré", "Entwurf wiederhergestellt")
_add("free of charge", "gratis", "gratuit", "kostenlos")
_add("None for now.", "Voorlopig geen.", "Aucune pour l'instant.", "Vorerst keine.")
_add("Add attachments", "Bijlagen toevoegen", "Ajouter des pièces jointes", "Anlagen hinzufügen")
_add("No scanner folder is set (Settings → scanner folder).", "Er is geen scannermap ingesteld (instellingen).",
     "Aucun dossier de scanner n'est configuré.", "Kein Scannerordner eingestellt.")
_add("The scanner folder is empty.", "De scannermap is leeg.", "Le dossier du scanner est vide.",
     "Der Scannerordner ist leer.")
_add("%n field(s) need attention.", "%n veld(en) vragen aandacht.", "%n champ(s) à vérifier.",
     "%n Feld(er) prüfen.")
_add("E-mail is chosen, but there is no e-mail address.", "E-mail is gekozen, maar er is geen e-mailadres.",
     "L'e-mail est choisi, mais il n'y a pas d'adresse.", "E-Mail gewählt, aber keine Adresse angegeben.")
_add("SMS is chosen, but there is no mobile number.", "Sms is gekozen, maar er is geen gsm-nummer.",
     "Le SMS est choisi, mais il n'y a pas de numéro.", "SMS gewählt, aber keine Handynummer angegeben.")
_add("Confirm the channel with the citizen first.", "Bevestig eerst het kanaal met de burger.",
     "Confirmez d'abord le canal avec le citoyen.", "Bestätigen Sie zuerst den Kanal mit dem Bürger.")
_add("Saving…", "Bewaren…", "Enregistrement…", "Speichern…")
_add("Intake saved", "Aanvraag bewaard", "Demande enregistrée", "Antrag gespeichert")
_add("paid", "betaald", "payé", "bezahlt")
_add("to be paid", "nog te betalen", "à payer", "zu zahlen")
_add("Track & trace code", "Track & trace-code", "Code de suivi", "Sendungscode")
_add("Expected by", "Verwacht tegen", "Prévu pour le", "Erwartet bis")
_add("Saved on this laptop; it is sent to the case store at the next synchronisation.",
     "Bewaard op deze laptop; bij de volgende synchronisatie gaat het naar de dossierserver.",
     "Enregistré sur cet ordinateur ; envoyé au serveur lors de la prochaine synchronisation.",
     "Auf diesem Laptop gespeichert; wird bei der nächsten Synchronisation übertragen.")
_add("Next: %1", "Volgende: %1", "Ensuite : %1", "Als Nächstes: %1")
_add("Receipt sent to the printer.", "Ontvangstbewijs naar de printer gestuurd.", "Récépissé envoyé à l'imprimante.",
     "Bestätigung an den Drucker gesendet.")
_add("Description", "Omschrijving", "Description", "Beschreibung")
_add("Amount (€)", "Bedrag (€)", "Montant (€)", "Betrag (€)")
_add("Add line", "Lijn toevoegen", "Ajouter une ligne", "Zeile hinzufügen")
_add("Remove line", "Lijn verwijderen", "Supprimer la ligne", "Zeile entfernen")
_add("no file chosen", "geen bestand gekozen", "aucun fichier choisi", "keine Datei gewählt")
_add("Choose file…", "Bestand kiezen…", "Choisir un fichier…", "Datei wählen…")
_add("Choose file for %1", "Bestand kiezen voor %1", "Choisir un fichier pour %1", "Datei wählen für %1")
_add("required", "verplicht", "obligatoire", "Pflichtfeld")
_add("this field is required", "dit veld is verplicht", "ce champ est obligatoire", "Pflichtfeld")
# desk_app.domain.text: free text the desk refuses
_add("contains an invisible control character; type the text again without it",
     "bevat een onzichtbaar stuurteken; typ de tekst opnieuw zonder",
     "contient un caractère de contrôle invisible ; retapez le texte sans lui",
     "enthält ein unsichtbares Steuerzeichen; geben Sie den Text ohne es erneut ein")
_add("must be a single line (no line breaks or tabs)", "moet op één regel (geen regeleinden of tabs)",
     "doit tenir sur une seule ligne (sans retour à la ligne ni tabulation)",
     "muss eine einzige Zeile sein (keine Zeilenumbrüche oder Tabulatoren)")
_add("is too long", "is te lang", "est trop long", "ist zu lang")
_add("must be confirmed", "moet bevestigd worden", "doit être confirmé", "muss bestätigt werden")
_add("A Belgian postal code has 4 digits.", "Een Belgische postcode heeft 4 cijfers.",
     "Un code postal belge a 4 chiffres.", "Eine belgische Postleitzahl hat 4 Ziffern.")

# --- cases
_add("Cases and work queue", "Dossiers en werkvoorraad", "Dossiers et travail en attente", "Vorgänge und Arbeitsvorrat")
_add("S&tatus:", "S&tatus:", "S&tatut :", "S&tatus:")
_add("&Department:", "&Dienst:", "&Service :", "&Dienststelle:")
_add("T&ype:", "S&oort:", "T&ype :", "A&rt:")
_add("&Overdue only", "Enkel &over tijd", "&En retard seulement", "Nur &überfällige")
_add("O&pen only", "Enkel o&pen", "&Ouverts seulement", "Nur o&ffene")
_add("Filter on status", "Filter op status", "Filtrer par statut", "Nach Status filtern")
_add("Filter on department", "Filter op dienst", "Filtrer par service", "Nach Dienststelle filtern")
_add("Filter on case type", "Filter op soort", "Filtrer par type", "Nach Art filtern")
_add("Cases", "Dossiers", "Dossiers", "Vorgänge")
_add("all", "alle", "tous", "alle")
_add("Received", "Ontvangen", "Reçu", "Eingegangen")
_add("Type", "Soort", "Type", "Art")
_add("Expected", "Verwacht", "Prévu", "Erwartet")
_add("Channel", "Kanaal", "Canal", "Kanal")
_add("overdue", "over tijd", "en retard", "überfällig")
_add("%n case(s)", "%n dossier(s)", "%n dossier(s)", "%n Vorgang/Vorgänge")
_add("Change status", "Status wijzigen", "Changer le statut", "Status ändern")
_add("Text for the citizen", "Tekst voor de burger", "Texte pour le citoyen", "Text für den Bürger")
_add("New status", "Nieuwe status", "Nouveau statut", "Neuer Status")
_add("New &status:", "Nieuwe &status:", "Nouveau &statut :", "Neuer &Status:")
_add("&Text for the citizen:", "&Tekst voor de burger:", "&Texte pour le citoyen :", "&Text für den Bürger:")
_add("The citizen is notified of this status.", "De burger krijgt bericht van deze status.",
     "Le citoyen est informé de ce statut.", "Der Bürger wird über diesen Status benachrichtigt.")
_add("No notification is sent for this status.", "Voor deze status wordt geen bericht verstuurd.",
     "Aucune notification pour ce statut.", "Für diesen Status wird keine Nachricht gesendet.")
_add("Change &status…", "&Status wijzigen…", "Changer le &statut…", "&Status ändern…")
_add("Open &citizen", "&Burger openen", "Ouvrir le &citoyen", "&Bürger öffnen")
_add("Intake answers", "Gegevens van de aanvraag", "Données de la demande", "Angaben im Antrag")
_add("Status history", "Statusgeschiedenis", "Historique des statuts", "Statusverlauf")
_add("This case is not on this laptop.", "Dit dossier staat niet op deze laptop.",
     "Ce dossier n'est pas sur cet ordinateur.", "Dieser Vorgang ist nicht auf diesem Laptop.")
_add("yes", "ja", "oui", "ja")
_add("no", "nee", "non", "nein")
_add("Status changed.", "Status gewijzigd.", "Statut modifié.", "Status geändert.")

# --- card
_add("The card differs from our record", "De kaart verschilt van onze gegevens", "La carte diffère de notre fiche",
     "Die Karte weicht von unseren Daten ab")
_add("Field", "Gegeven", "Donnée", "Angabe")
_add("Now on record", "Nu bij ons", "Actuellement", "Derzeit gespeichert")
_add("On the card", "Op de kaart", "Sur la carte", "Auf der Karte")
_add("Differences between the card and the record", "Verschillen tussen kaart en gegevens",
     "Différences entre la carte et la fiche", "Unterschiede zwischen Karte und Daten")
_add("Start an &address change intake for the new address", "Een &adreswijziging starten voor het nieuwe adres",
     "Commencer un changement d'&adresse", "Eine &Adressänderung beginnen")
_add("&Apply ticked changes", "Aangevinkte wijzigingen &overnemen", "&Appliquer les changements cochés",
     "Angekreuzte Änderungen &übernehmen")
_add("&Not now", "&Nu niet", "&Pas maintenant", "&Nicht jetzt")
_add("Tick what should be taken over from the card (Space toggles).",
     "Vink aan wat van de kaart moet worden overgenomen (spatie wisselt).",
     "Cochez ce qui doit être repris de la carte (Espace bascule).",
     "Kreuzen Sie an, was übernommen werden soll (Leertaste).")
_add("Surname", "Naam", "Nom", "Name")
_add("Given names", "Voornamen", "Prénoms", "Vornamen")
_add("Date of birth", "Geboortedatum", "Date de naissance", "Geburtsdatum")
_add("Place of birth", "Geboorteplaats", "Lieu de naissance", "Geburtsort")
_add("Sex", "Geslacht", "Sexe", "Geschlecht")
_add("Nationality", "Nationaliteit", "Nationalité", "Staatsangehörigkeit")
_add("Card number", "Kaartnummer", "Numéro de carte", "Kartennummer")
_add("Card valid until", "Kaart geldig tot", "Carte valable jusqu'au", "Karte gültig bis")
_add("Card", "Kaart", "Carte", "Karte")
_add("Add as &new citizen", "Als &nieuwe burger toevoegen", "Ajouter comme &nouveau citoyen",
     "Als &neuen Bürger anlegen")
_add("&Open citizen", "Burger &openen", "&Ouvrir le citoyen", "Bürger &öffnen")
_add("&Review card changes…", "Kaartwijzigingen &nakijken…", "&Vérifier les changements…", "Änderungen &prüfen…")
_add("eID card panel", "eID-kaartpaneel", "Panneau carte eID", "eID-Kartenbereich")
_add("checking…", "controleren…", "vérification…", "wird geprüft…")
_add("This card has expired.", "Deze kaart is vervallen.", "Cette carte est expirée.", "Diese Karte ist abgelaufen.")
_add("verified", "geverifieerd", "vérifiée", "geprüft")
_add("test card", "testkaart", "carte de test", "Testkarte")
_add("ALTERED — do not rely on it", "GEWIJZIGD — niet op vertrouwen", "MODIFIÉE — ne pas s'y fier",
     "VERÄNDERT — nicht verlassen")
_add("not verified", "niet geverifieerd", "non vérifiée", "nicht geprüft")
_add("Signed by the National Register.", "Ondertekend door het Rijksregister.", "Signée par le Registre national.",
     "Vom Nationalregister signiert.")
_add("Consistent, but not signed by a Belgian root: a test or specimen card.",
     "Consistent, maar niet ondertekend door een Belgische root: een test- of specimenkaart.",
     "Cohérente, mais non signée par une racine belge : carte de test ou spécimen.",
     "Stimmig, aber nicht von einer belgischen Wurzel signiert: Test- oder Musterkarte.")
_add("The data does not match its signature. Check the physical card and ask for another document.",
     "De gegevens kloppen niet met hun handtekening. Controleer de kaart en vraag een ander document.",
     "Les données ne correspondent pas à leur signature. Vérifiez la carte et demandez un autre document.",
     "Die Daten passen nicht zur Signatur. Prüfen Sie die Karte und verlangen Sie ein anderes Dokument.")
_add("Part of the card could not be read. Read the card again (F2).",
     "Een deel van de kaart kon niet gelezen worden. Lees de kaart opnieuw (F2).",
     "Une partie de la carte n'a pu être lue. Relisez la carte (F2).",
     "Ein Teil der Karte war nicht lesbar. Karte erneut lesen (F2).")
_add("Looking up the citizen…", "Burger opzoeken…", "Recherche du citoyen…", "Bürger wird gesucht…")
_add("Not yet known on this laptop.", "Nog niet gekend op deze laptop.", "Pas encore connu sur cet ordinateur.",
     "Auf diesem Laptop noch nicht bekannt.")
_add("Known citizen; the card shows %n change(s).", "Gekende burger; de kaart toont %n wijziging(en).",
     "Citoyen connu ; la carte montre %n changement(s).", "Bekannter Bürger; die Karte zeigt %n Änderung(en).")
_add("Known citizen; the record matches the card.", "Gekende burger; de gegevens komen overeen met de kaart.",
     "Citoyen connu ; la fiche correspond à la carte.", "Bekannter Bürger; die Daten stimmen mit der Karte überein.")
_add("Citizen added.", "Burger toegevoegd.", "Citoyen ajouté.", "Bürger angelegt.")
_add("Record updated from the card.", "Gegevens bijgewerkt vanaf de kaart.", "Fiche mise à jour depuis la carte.",
     "Daten von der Karte übernommen.")
_add("No card reader service started", "Geen kaartlezerdienst gestart", "Service de lecteur non démarré",
     "Kein Kartenleserdienst gestartet")
_add("Looking for a card reader…", "Kaartlezer zoeken…", "Recherche d'un lecteur…", "Kartenleser wird gesucht…")
_add("The card reader service is not available on this laptop.",
     "De kaartlezerdienst is niet beschikbaar op deze laptop.", "Le service de lecteur n'est pas disponible.",
     "Der Kartenleserdienst ist nicht verfügbar.")
_add("No card reader is connected. Connect the reader and insert the card.",
     "Er is geen kaartlezer aangesloten. Sluit de lezer aan en steek de kaart in.",
     "Aucun lecteur connecté. Branchez le lecteur et insérez la carte.",
     "Kein Kartenleser angeschlossen. Leser anschließen und Karte einstecken.")
_add("Reading the card…", "Kaart wordt gelezen…", "Lecture de la carte…", "Karte wird gelesen…")
_add("No card reader connected", "Geen kaartlezer aangesloten", "Aucun lecteur connecté", "Kein Kartenleser angeschlossen")
_add("Reader ready — insert an eID card", "Lezer klaar — steek een eID-kaart in", "Lecteur prêt — insérez une carte eID",
     "Leser bereit — eID-Karte einstecken")
_add("Card read", "Kaart gelezen", "Carte lue", "Karte gelesen")
_add("The card reader service is not running", "De kaartlezerdienst draait niet", "Le service de lecteur est arrêté",
     "Der Kartenleserdienst läuft nicht")
_add("There is no card in the reader.", "Er zit geen kaart in de lezer.", "Il n'y a pas de carte dans le lecteur.",
     "Keine Karte im Leser.")
_add("The card could not be read", "De kaart kon niet gelezen worden", "La carte n'a pas pu être lue",
     "Die Karte konnte nicht gelesen werden")

# --- sync, conflicts
_add("Synchronisation status", "Synchronisatiestatus", "État de la synchronisation", "Synchronisationsstatus")
_add("Sync: …", "Synchronisatie: …", "Synchronisation : …", "Synchronisation: …")
_add("synced", "gesynchroniseerd", "synchronisé", "synchronisiert")
_add("syncing…", "synchroniseren…", "synchronisation…", "synchronisiert…")
_add("offline", "offline", "hors ligne", "offline")
_add("sync problem", "probleem met synchronisatie", "problème de synchronisation", "Synchronisationsproblem")
_add("laptop withdrawn", "laptop ingetrokken", "ordinateur retiré", "Laptop gesperrt")
_add("signed out", "afgemeld", "déconnecté", "abgemeldet")
_add("last %1", "laatst %1", "dernière %1", "zuletzt %1")
_add("%n waiting", "%n wachtend", "%n en attente", "%n wartend")
_add("%n conflict(s) to resolve", "%n conflict(en) op te lossen", "%n conflit(s) à résoudre", "%n Konflikt(e) zu lösen")
_add("%n refused", "%n geweigerd", "%n refusé(s)", "%n abgelehnt")
_add("Click or press F5 to synchronise now", "Klik of druk F5 om nu te synchroniseren",
     "Cliquez ou F5 pour synchroniser", "Klicken oder F5 zum Synchronisieren")
_add("Conflicts to resolve", "Op te lossen conflicten", "Conflits à résoudre", "Zu lösende Konflikte")
_add("Someone else changed the same detail while this laptop was offline. Compare both versions and choose the one that is right.",
     "Iemand anders wijzigde hetzelfde gegeven terwijl deze laptop offline was. Vergelijk beide versies en kies de juiste.",
     "Quelqu'un d'autre a modifié la même donnée pendant que cet ordinateur était hors ligne. Comparez et choisissez.",
     "Jemand anderes hat dieselbe Angabe geändert, während dieser Laptop offline war. Vergleichen und wählen Sie.")
_add("Changed on this laptop", "Gewijzigd op deze laptop", "Modifié sur cet ordinateur", "Auf diesem Laptop geändert")
_add("In the case store", "Op de dossierserver", "Sur le serveur de dossiers", "Auf dem Vorgangsserver")
_add("Keep &this laptop's version", "Versie van &deze laptop behouden", "Garder la version de &cet ordinateur",
     "Version &dieses Laptops behalten")
_add("Keep the &case store's version", "Versie van de &dossierserver behouden", "Garder la version du &serveur",
     "Version des &Servers behalten")
_add("Conflicts", "Conflicten", "Conflits", "Konflikte")
_add("No conflicts: everything is in agreement with the case store.",
     "Geen conflicten: alles stemt overeen met de dossierserver.", "Aucun conflit : tout concorde avec le serveur.",
     "Keine Konflikte: alles stimmt mit dem Server überein.")
_add("Conflict resolved.", "Conflict opgelost.", "Conflit résolu.", "Konflikt gelöst.")
_add("Phone", "Telefoon", "Téléphone", "Telefon")
_add("E-mail", "E-mail", "E-mail", "E-Mail")
_add("Preferred channel", "Voorkeurskanaal", "Canal préféré", "Bevorzugter Kanal")

# --- sign-in, lock, errors
_add("Loket — sign in", "Loket — aanmelden", "Loket — connexion", "Loket — Anmeldung")
_add("Loket — locked", "Loket — vergrendeld", "Loket — verrouillé", "Loket — gesperrt")
_add("User name", "Gebruikersnaam", "Nom d'utilisateur", "Benutzername")
_add("Password", "Wachtwoord", "Mot de passe", "Passwort")
_add("Sign-in message", "Aanmeldbericht", "Message de connexion", "Anmeldemeldung")
_add("&User name:", "&Gebruikersnaam:", "&Nom d'utilisateur :", "&Benutzername:")
_add("&Password:", "&Wachtwoord:", "&Mot de passe :", "&Passwort:")
_add("&Unlock", "&Ontgrendelen", "&Déverrouiller", "&Entsperren")
_add("&Sign in", "&Aanmelden", "&Se connecter", "&Anmelden")
_add("The screen is locked. Enter your password.", "Het scherm is vergrendeld. Geef uw wachtwoord in.",
     "L'écran est verrouillé. Entrez votre mot de passe.", "Der Bildschirm ist gesperrt. Passwort eingeben.")
_add("Sign in with your staff account.", "Meld u aan met uw personeelsaccount.",
     "Connectez-vous avec votre compte du personnel.", "Melden Sie sich mit Ihrem Dienstkonto an.")
_add("Enter your user name and password.", "Geef uw gebruikersnaam en wachtwoord in.",
     "Entrez votre nom d'utilisateur et votre mot de passe.", "Benutzername und Passwort eingeben.")
_add("Signing in…", "Aanmelden…", "Connexion…", "Anmeldung…")
_add("User name or password not accepted.", "Gebruikersnaam of wachtwoord niet aanvaard.",
     "Nom d'utilisateur ou mot de passe refusé.", "Benutzername oder Passwort nicht akzeptiert.")
_add("The first sign-in on this laptop needs a connection to the case store.",
     "De eerste aanmelding op deze laptop vraagt een verbinding met de dossierserver.",
     "La première connexion sur cet ordinateur nécessite le serveur de dossiers.",
     "Die erste Anmeldung auf diesem Laptop braucht eine Verbindung zum Server.")
_add("Some fields need attention; see the messages next to them.",
     "Enkele velden vragen aandacht; zie de berichten ernaast.", "Certains champs sont à vérifier.",
     "Einige Felder sind zu prüfen.")
_add("The card could not be read. Take it out and insert it again.",
     "De kaart kon niet gelezen worden. Neem ze uit en steek ze opnieuw in.",
     "La carte n'a pas pu être lue. Retirez-la et réinsérez-la.", "Karte nicht lesbar. Herausnehmen und erneut einstecken.")
_add("The case store cannot be reached. Your work is kept on this laptop and sent later.",
     "De dossierserver is niet bereikbaar. Uw werk blijft op deze laptop en wordt later verstuurd.",
     "Le serveur est injoignable. Votre travail reste sur cet ordinateur et sera envoyé plus tard.",
     "Der Server ist nicht erreichbar. Ihre Arbeit bleibt auf dem Laptop und wird später gesendet.")
_add("Sign in again to synchronise (user name or password not accepted).",
     "Meld opnieuw aan om te synchroniseren.", "Reconnectez-vous pour synchroniser.", "Erneut anmelden zum Synchronisieren.")
_add("This laptop was withdrawn by the administrator; its local data was removed.",
     "Deze laptop werd ingetrokken door de beheerder; de lokale gegevens zijn gewist.",
     "Cet ordinateur a été retiré par l'administrateur ; les données locales ont été effacées.",
     "Dieser Laptop wurde vom Administrator gesperrt; die lokalen Daten wurden gelöscht.")
_add("Synchronisation failed: ", "Synchronisatie mislukt: ", "Échec de la synchronisation : ",
     "Synchronisation fehlgeschlagen: ")
_add("The file could not be found: ", "Het bestand werd niet gevonden: ", "Fichier introuvable : ",
     "Datei nicht gefunden: ")
_add("No permission to use the file: ", "Geen toegang tot het bestand: ", "Pas d'accès au fichier : ",
     "Kein Zugriff auf die Datei: ")
_add("The disk or network did not respond as expected: ", "De schijf of het netwerk reageerde niet zoals verwacht: ",
     "Le disque ou le réseau n'a pas répondu : ", "Festplatte oder Netzwerk antworten nicht: ")
_add("Something went wrong. The details were written to the log; please tell the helpdesk.",
     "Er ging iets mis. De details staan in het logboek; verwittig de helpdesk.",
     "Une erreur s'est produite. Les détails sont dans le journal ; prévenez le helpdesk.",
     "Etwas ist schiefgelaufen. Details im Protokoll; bitte den Helpdesk informieren.")

# --- documents (ui/documents and the case detail)
_add("&Documents…", "&Documenten…", "&Documents…", "&Dokumente…")
_add("Documents of this case", "Documenten van dit dossier", "Documents du dossier", "Dokumente des Vorgangs")
_add("&Receipt", "&Ontvangstbewijs", "&Récépissé", "&Empfangsbestätigung")
_add("&Letter for the citizen", "&Brief voor de burger", "&Lettre au citoyen", "&Brief an den Bürger")
_add("Case &summary", "Dossier&overzicht", "&Résumé du dossier", "Vorgangs&übersicht")
_add("&Decision", "&Beslissing", "&Décision", "&Entscheidung")
_add("Receipt", "Ontvangstbewijs", "Récépissé", "Empfangsbestätigung")
_add("Letter", "Brief", "Lettre", "Brief")
_add("Case summary", "Dossieroverzicht", "Résumé du dossier", "Vorgangsübersicht")
_add("Decision", "Beslissing", "Décision", "Entscheidung")
_add("Print", "Afdrukken", "Imprimer", "Drucken")
_add("Print…", "Afdrukken…", "Imprimer…", "Drucken…")
_add("Printed.", "Afgedrukt.", "Imprimé.", "Gedruckt.")
_add("Save", "Bewaren", "Enregistrer", "Speichern")
_add("Save with the case", "Bij het dossier bewaren", "Joindre au dossier", "Zum Vorgang speichern")
_add("Saved with the case.", "Bij het dossier bewaard.", "Joint au dossier.", "Zum Vorgang gespeichert.")
_add("Citizen signs…", "Burger tekent…", "Le citoyen signe…", "Bürger unterschreibt…")
_add("Let the citizen sign the receipt", "Laat de burger het ontvangstbewijs tekenen",
     "Faire signer le récépissé", "Bürger die Bestätigung unterschreiben lassen")
_add("Signature", "Handtekening", "Signature", "Unterschrift")
_add("Signature pad", "Handtekeningveld", "Zone de signature", "Unterschriftsfeld")
_add("Sign in the white area.", "Teken in het witte vak.", "Signez dans la zone blanche.", "Im weißen Feld unterschreiben.")
_add("The citizen signs here with a pen or the mouse.", "De burger tekent hier met pen of muis.",
     "Le citoyen signe ici avec un stylet ou la souris.", "Der Bürger unterschreibt hier mit Stift oder Maus.")
_add("Clear", "Wissen", "Effacer", "Löschen")
_add("Zoom in", "Inzoomen", "Zoom avant", "Vergrößern")
_add("Zoom out", "Uitzoomen", "Zoom arrière", "Verkleinern")
_add("Page %1 of %2", "Pagina %1 van %2", "Page %1 sur %2", "Seite %1 von %2")
_add("Document preview", "Voorbeeld van het document", "Aperçu du document", "Dokumentvorschau")
_add("The printer could not be started.", "De printer kon niet gestart worden.", "L'imprimante n'a pas pu démarrer.",
     "Der Drucker konnte nicht gestartet werden.")
_add("Many matches — type more to narrow down (↓ to choose, Enter to open)",
     "Veel resultaten — typ verder om te verfijnen (↓ kiezen, Enter openen)",
     "Beaucoup de résultats — continuez à taper (↓ choisir, Entrée ouvrir)",
     "Viele Treffer — weiter tippen zum Eingrenzen (↓ wählen, Eingabe öffnen)")
_add("Offline — everything you do is kept on this laptop (%n waiting).",
     "Offline — alles wat u doet blijft op deze laptop bewaard (%n wachtend).",
     "Hors ligne — tout reste sur cet ordinateur (%n en attente).",
     "Offline — alles bleibt auf diesem Laptop gespeichert (%n wartend).")
_add("Online — %n change(s) waiting to be sent", "Online — %n wijziging(en) wachten op verzending",
     "En ligne — %n modification(s) en attente", "Online — %n Änderung(en) warten auf Versand")
_add("Keep &this version", "&Deze versie behouden", "Garder &cette version", "&Diese Version behalten")
_add("Keep t&hat version", "&Die versie behouden", "Garder c&elle-ci", "&Jene Version behalten")
_add("Keep this laptop's version", "Versie van deze laptop behouden", "Garder la version de cet ordinateur",
     "Version dieses Laptops behalten")
_add("Keep the case store's version", "Versie van de dossierserver behouden", "Garder la version du serveur",
     "Version des Servers behalten")
_add("&New citizen", "&Nieuwe burger", "&Nouveau citoyen", "&Neuer Bürger")
_add("Add as new citizen", "Als nieuwe burger toevoegen", "Ajouter comme nouveau citoyen", "Als neuen Bürger anlegen")
_add("Insert the citizen's eID card: identity and photo appear here, and the citizen is looked up by national number. F2 reads the card again.",
     "Steek de eID-kaart van de burger in: identiteit en foto verschijnen hier en de burger wordt opgezocht op "
     "rijksregisternummer. F2 leest de kaart opnieuw.",
     "Insérez la carte eID du citoyen : l'identité et la photo apparaissent ici et le citoyen est recherché par "
     "numéro national. F2 relit la carte.",
     "Stecken Sie die eID-Karte ein: Identität und Foto erscheinen hier, der Bürger wird über die "
     "Nationalregisternummer gesucht. F2 liest die Karte erneut.")

# --- refused changes (conflict screen, Refused tab), roles
_add("Conflicts (%n)", "Conflicten (%n)", "Conflits (%n)", "Konflikte (%n)")
_add("Refused (%n)", "Geweigerd (%n)", "Refusés (%n)", "Abgelehnt (%n)")
_add("No conflicts, but the case store refused %n change(s): see Refused.",
     "Geen conflicten, maar de dossierserver weigerde %n wijziging(en): zie Geweigerd.",
     "Aucun conflit, mais le serveur de dossiers a refusé %n modification(s) : voir Refusés.",
     "Keine Konflikte, aber der Vorgangsserver hat %n Änderung(en) abgelehnt: siehe Abgelehnt.")
_add("Refused changes", "Geweigerde wijzigingen", "Modifications refusées", "Abgelehnte Änderungen")
_add("The case store said:", "De dossierserver meldde:", "Le serveur de dossiers a répondu :",
     "Der Vorgangsserver meldete:")
_add("&Re-submit", "&Opnieuw indienen", "&Soumettre à nouveau", "Erneut &einreichen")
_add("Send the change again, with the record as it is now (correct the record first)",
     "De wijziging opnieuw versturen, met het dossier zoals het nu is (verbeter het eerst)",
     "Renvoyer la modification avec la fiche telle qu'elle est maintenant (corrigez-la d'abord)",
     "Die Änderung erneut senden, mit dem Datensatz wie er jetzt ist (zuerst korrigieren)")
_add("Re-submit &all", "&Alles opnieuw indienen", "Tout soumettre à &nouveau", "&Alle erneut einreichen")
_add("Why discard this change? (audit log)", "Waarom deze wijziging schrappen? (auditlog)",
     "Pourquoi abandonner cette modification ? (journal d'audit)",
     "Warum diese Änderung verwerfen? (Audit-Protokoll)")
_add("Reason for discarding", "Reden om te schrappen", "Motif de l'abandon", "Grund für das Verwerfen")
_add("&Discard", "&Schrappen", "&Abandonner", "&Verwerfen")
_add("Drop the change; the record goes back to the case store's version",
     "De wijziging schrappen; het dossier krijgt terug de versie van de dossierserver",
     "Abandonner la modification ; la fiche reprend la version du serveur de dossiers",
     "Die Änderung verwerfen; der Datensatz erhält wieder die Version des Vorgangsservers")
_add("&Open the record", "Gegevens &openen", "&Ouvrir la fiche", "Datensatz ö&ffnen")
_add("The case store refused none of the changes made on this laptop.",
     "De dossierserver weigerde geen enkele wijziging van deze laptop.",
     "Le serveur de dossiers n'a refusé aucune modification de cet ordinateur.",
     "Der Vorgangsserver hat keine Änderung dieses Laptops abgelehnt.")
_add("Your role may not make this change, or the record is outside your caseload.",
     "Uw rol mag deze wijziging niet doen, of het dossier valt buiten uw caseload.",
     "Votre rôle ne permet pas cette modification, ou le dossier est hors de votre portefeuille.",
     "Ihre Rolle darf diese Änderung nicht vornehmen, oder der Vorgang liegt außerhalb Ihres Bestands.")
_add("Ask a coordinator to make the change; then discard it here.",
     "Vraag een coördinator om de wijziging te doen; schrap ze daarna hier.",
     "Demandez à un coordinateur de faire la modification ; abandonnez-la ensuite ici.",
     "Bitten Sie eine Koordinatorin oder einen Koordinator um die Änderung; verwerfen Sie sie dann hier.")
_add("This record is history and cannot be changed.", "Dit gegeven is geschiedenis en kan niet gewijzigd worden.",
     "Cet élément fait partie de l'historique et ne peut pas être modifié.",
     "Dieser Eintrag ist Verlauf und kann nicht geändert werden.")
_add("Discard the change.", "Schrap de wijziging.", "Abandonnez la modification.", "Verwerfen Sie die Änderung.")
_add("It refers to a person or case the case store does not have yet.",
     "Ze verwijst naar een persoon of dossier dat de dossierserver nog niet heeft.",
     "Elle renvoie à une personne ou un dossier que le serveur de dossiers n'a pas encore.",
     "Sie verweist auf eine Person oder einen Vorgang, den der Vorgangsserver noch nicht hat.")
_add("Re-submit the person or case it refers to first, then re-submit this one.",
     "Dien eerst de persoon of het dossier waarnaar ze verwijst opnieuw in, daarna deze.",
     "Soumettez d'abord à nouveau la personne ou le dossier concerné, puis celle-ci.",
     "Reichen Sie zuerst die Person oder den Vorgang erneut ein, auf die sie verweist, dann diese.")
_add("The record does not exist in the case store.", "Het gegeven bestaat niet op de dossierserver.",
     "La fiche n'existe pas sur le serveur de dossiers.", "Der Datensatz existiert auf dem Vorgangsserver nicht.")
_add("Re-submit the record's creation first, then this change; or discard it.",
     "Dien eerst de aanmaak van het gegeven opnieuw in, daarna deze wijziging; of schrap ze.",
     "Soumettez d'abord à nouveau la création de la fiche, puis cette modification ; ou abandonnez-la.",
     "Reichen Sie zuerst die Anlage des Datensatzes erneut ein, dann diese Änderung; oder verwerfen Sie sie.")
_add("The case store found the data invalid.", "De dossierserver vond de gegevens ongeldig.",
     "Le serveur de dossiers a jugé les données invalides.", "Der Vorgangsserver hat die Daten als ungültig abgelehnt.")
_add("Correct the record, then re-submit.", "Verbeter de gegevens en dien opnieuw in.",
     "Corrigez la fiche, puis soumettez à nouveau.", "Korrigieren Sie den Datensatz und reichen Sie erneut ein.")
_add("The message for the citizen was not accepted (e-mail or phone number).",
     "Het bericht voor de burger werd niet aanvaard (e-mailadres of telefoonnummer).",
     "Le message pour le citoyen n'a pas été accepté (adresse e-mail ou numéro de téléphone).",
     "Die Nachricht an den Bürger wurde nicht angenommen (E-Mail-Adresse oder Telefonnummer).")
_add("Correct the citizen's contact details, then re-submit.",
     "Verbeter de contactgegevens van de burger en dien opnieuw in.",
     "Corrigez les coordonnées du citoyen, puis soumettez à nouveau.",
     "Korrigieren Sie die Kontaktdaten des Bürgers und reichen Sie erneut ein.")
_add("The case store does not know this kind of record.", "De dossierserver kent dit soort gegeven niet.",
     "Le serveur de dossiers ne connaît pas ce type de fiche.", "Der Vorgangsserver kennt diese Art Datensatz nicht.")
_add("Discard the change and tell the helpdesk.", "Schrap de wijziging en verwittig de helpdesk.",
     "Abandonnez la modification et prévenez le helpdesk.",
     "Verwerfen Sie die Änderung und informieren Sie den Helpdesk.")
_add("Someone else changed the same record.", "Iemand anders wijzigde hetzelfde gegeven.",
     "Quelqu'un d'autre a modifié la même fiche.", "Jemand anderes hat denselben Datensatz geändert.")
_add("Check the record, correct it where needed, then re-submit.",
     "Controleer het gegeven, verbeter het waar nodig en dien opnieuw in.",
     "Vérifiez la fiche, corrigez-la si nécessaire, puis soumettez à nouveau.",
     "Prüfen Sie den Datensatz, korrigieren Sie ihn bei Bedarf und reichen Sie erneut ein.")
_add("The case store could not find what the change refers to.",
     "De dossierserver vond niet waarnaar de wijziging verwijst.",
     "Le serveur de dossiers n'a pas trouvé ce à quoi la modification renvoie.",
     "Der Vorgangsserver fand nicht, worauf sich die Änderung bezieht.")
_add("Re-submit once the record it refers to is in the case store; or discard it.",
     "Dien opnieuw in zodra het gegeven waarnaar ze verwijst op de dossierserver staat; of schrap ze.",
     "Soumettez à nouveau quand la fiche concernée est sur le serveur de dossiers ; ou abandonnez-la.",
     "Reichen Sie erneut ein, sobald der betroffene Datensatz auf dem Vorgangsserver ist; oder verwerfen Sie sie.")
_add("The case store had a problem with this change.", "De dossierserver had een probleem met deze wijziging.",
     "Le serveur de dossiers a eu un problème avec cette modification.",
     "Der Vorgangsserver hatte ein Problem mit dieser Änderung.")
_add("Re-submit later; if it is refused again, tell the helpdesk.",
     "Dien later opnieuw in; wordt ze opnieuw geweigerd, verwittig dan de helpdesk.",
     "Soumettez à nouveau plus tard ; si elle est à nouveau refusée, prévenez le helpdesk.",
     "Reichen Sie später erneut ein; wird sie wieder abgelehnt, informieren Sie den Helpdesk.")
_add("The case store refused this change.", "De dossierserver weigerde deze wijziging.",
     "Le serveur de dossiers a refusé cette modification.", "Der Vorgangsserver hat diese Änderung abgelehnt.")
_add("Read the case store's message, correct the record, then re-submit; or discard it.",
     "Lees het bericht van de dossierserver, verbeter het gegeven en dien opnieuw in; of schrap de wijziging.",
     "Lisez le message du serveur de dossiers, corrigez la fiche, puis soumettez à nouveau ; ou abandonnez-la.",
     "Lesen Sie die Meldung des Vorgangsservers, korrigieren Sie den Datensatz und reichen Sie erneut ein; "
     "oder verwerfen Sie sie.")
_add("Document", "Document", "Document", "Dokument")
_add("Message to the citizen", "Bericht aan de burger", "Message au citoyen", "Nachricht an den Bürger")
_add("status", "status", "statut", "Status")
_add("New record", "Nieuw gegeven", "Nouvelle fiche", "Neuer Datensatz")
_add("Change", "Wijziging", "Modification", "Änderung")
_add("What to do: %1", "Wat te doen: %1", "Que faire : %1", "Was tun: %1")
_add("The change is sent again at the next synchronisation.",
     "De wijziging wordt bij de volgende synchronisatie opnieuw verstuurd.",
     "La modification sera renvoyée à la prochaine synchronisation.",
     "Die Änderung wird bei der nächsten Synchronisation erneut gesendet.")
_add("The refused changes are sent again at the next synchronisation.",
     "De geweigerde wijzigingen worden bij de volgende synchronisatie opnieuw verstuurd.",
     "Les modifications refusées seront renvoyées à la prochaine synchronisation.",
     "Die abgelehnten Änderungen werden bei der nächsten Synchronisation erneut gesendet.")
_add("Change discarded; written to the audit log.", "Wijziging geschrapt; opgenomen in het auditlog.",
     "Modification abandonnée ; inscrite au journal d'audit.", "Änderung verworfen; im Audit-Protokoll vermerkt.")
_add("Click to see the conflicts and the changes the case store refused",
     "Klik om de conflicten en de door de dossierserver geweigerde wijzigingen te zien",
     "Cliquez pour voir les conflits et les modifications refusées par le serveur de dossiers",
     "Klicken, um die Konflikte und die vom Vorgangsserver abgelehnten Änderungen zu sehen")
_add("Your role may not make this change; the case store would refuse it. Nothing was saved.",
     "Uw rol mag deze wijziging niet doen; de dossierserver zou ze weigeren. Er werd niets bewaard.",
     "Votre rôle ne permet pas cette modification ; le serveur de dossiers la refuserait. Rien n'a été enregistré.",
     "Ihre Rolle darf diese Änderung nicht vornehmen; der Vorgangsserver würde sie ablehnen. Nichts wurde gespeichert.")
_add("Your role cannot start an intake; the case store would refuse it.",
     "Uw rol kan geen aanvraag starten; de dossierserver zou ze weigeren.",
     "Votre rôle ne permet pas de commencer une demande ; le serveur de dossiers la refuserait.",
     "Ihre Rolle kann keinen Antrag beginnen; der Vorgangsserver würde ihn ablehnen.")
_add("Not yet known on this laptop; your role does not register citizens.",
     "Nog niet gekend op deze laptop; uw rol registreert geen burgers.",
     "Pas encore connu sur cet ordinateur ; votre rôle n'enregistre pas de citoyens.",
     "Auf diesem Laptop noch nicht bekannt; Ihre Rolle registriert keine Bürger.")
_add("This change is no longer in the outbox (already discarded or re-submitted).",
     "Deze wijziging staat niet meer in de wachtrij (al geschrapt of opnieuw ingediend).",
     "Cette modification n'est plus en attente (déjà abandonnée ou soumise à nouveau).",
     "Diese Änderung ist nicht mehr in der Warteschlange (schon verworfen oder erneut eingereicht).")
_add("Only changes the case store refused can be re-submitted or discarded.",
     "Enkel wijzigingen die de dossierserver weigerde, kunnen opnieuw ingediend of geschrapt worden.",
     "Seules les modifications refusées par le serveur de dossiers peuvent être soumises à nouveau ou abandonnées.",
     "Nur vom Vorgangsserver abgelehnte Änderungen können erneut eingereicht oder verworfen werden.")
_add("Give a reason for discarding the change (it is written to the audit log).",
     "Geef een reden om de wijziging te schrappen (ze wordt in het auditlog opgenomen).",
     "Indiquez pourquoi vous abandonnez la modification (inscrit au journal d'audit).",
     "Geben Sie einen Grund für das Verwerfen an (er wird im Audit-Protokoll vermerkt).")
_add("The record is no longer on this laptop; the change can only be discarded.",
     "Het gegeven staat niet meer op deze laptop; de wijziging kan enkel geschrapt worden.",
     "La fiche n'est plus sur cet ordinateur ; la modification peut seulement être abandonnée.",
     "Der Datensatz ist nicht mehr auf diesem Laptop; die Änderung kann nur verworfen werden.")
_add("Records under it were already accepted by the case store; it cannot be discarded here. Ask a coordinator.",
     "Gegevens eronder werden al door de dossierserver aanvaard; schrappen kan hier niet. Vraag een coördinator.",
     "Des fiches qui en dépendent ont déjà été acceptées par le serveur de dossiers ; impossible de l'abandonner "
     "ici. Demandez à un coordinateur.",
     "Abhängige Datensätze wurden vom Vorgangsserver schon angenommen; Verwerfen ist hier nicht möglich. Fragen "
     "Sie eine Koordinatorin oder einen Koordinator.")

# --- issue 13 §1/§4: the right citizen (card change, altered card, document type), forms that tell the truth
_add("Altered card", "Gewijzigde kaart", "Carte modifiée", "Veränderte Karte")
_add("How was the identity checked?", "Hoe werd de identiteit gecontroleerd?", "Comment l'identité a-t-elle été vérifiée ?",
     "Wie wurde die Identität geprüft?")
_add("&How was the identity checked?", "&Hoe werd de identiteit gecontroleerd?",
     "&Comment l'identité a-t-elle été vérifiée ?", "&Wie wurde die Identität geprüft?")
_add("&Continue with this citizen", "Verder&gaan met deze burger", "Continuer avec ce ci&toyen",
     "Mit diesem Bürger &fortfahren")
_add("The data on this card does not match its signature: the card was altered. Only continue with %1 after "
     "checking the identity with another document; your reason is written to the audit log.",
     "De gegevens op deze kaart komen niet overeen met de handtekening: de kaart werd gewijzigd. Ga enkel verder "
     "met %1 nadat u de identiteit met een ander document hebt gecontroleerd; uw reden wordt in het auditlog "
     "opgenomen.",
     "Les données de cette carte ne correspondent pas à leur signature : la carte a été modifiée. Ne continuez avec "
     "%1 qu'après avoir vérifié l'identité avec un autre document ; votre motif est inscrit au journal d'audit.",
     "Die Daten dieser Karte passen nicht zu ihrer Signatur: Die Karte wurde verändert. Fahren Sie mit %1 nur fort, "
     "nachdem Sie die Identität mit einem anderen Dokument geprüft haben; Ihr Grund wird im Audit-Protokoll "
     "vermerkt.")
_add("Continue &anyway (logged)…", "Toch &verdergaan (gelogd)…", "Continuer &quand même (journalisé)…",
     "&Trotzdem fortfahren (protokolliert)…")
_add("Continue with this citizen despite the altered card", "Verdergaan met deze burger ondanks de gewijzigde kaart",
     "Continuer avec ce citoyen malgré la carte modifiée", "Trotz veränderter Karte mit diesem Bürger fortfahren")
_add("Third initial", "Derde initiaal", "Troisième initiale", "Dritte Initiale")
_add("Known citizen, but this card was altered: check the identity with another document before you continue.",
     "Gekende burger, maar deze kaart werd gewijzigd: controleer de identiteit met een ander document voor u "
     "verdergaat.",
     "Citoyen connu, mais cette carte a été modifiée : vérifiez l'identité avec un autre document avant de "
     "continuer.",
     "Bekannter Bürger, aber diese Karte wurde verändert: Prüfen Sie die Identität mit einem anderen Dokument, "
     "bevor Sie fortfahren.")
_add("Altered card: you continue with this citizen (logged).", "Gewijzigde kaart: u gaat verder met deze burger "
     "(gelogd).", "Carte modifiée : vous continuez avec ce citoyen (journalisé).",
     "Veränderte Karte: Sie fahren mit diesem Bürger fort (protokolliert).")
_add("unknown document", "onbekend document", "document inconnu", "unbekanntes Dokument")
_add("Belgian identity card", "Belgische identiteitskaart", "Carte d'identité belge", "Belgischer Personalausweis")
_add("Kids-ID (Belgian child)", "Kids-ID (Belgisch kind)", "Kids-ID (enfant belge)", "Kids-ID (belgisches Kind)")
_add("Kids-ID (foreign child)", "Kids-ID (kind van vreemde nationaliteit)", "Kids-ID (enfant étranger)",
     "Kids-ID (ausländisches Kind)")
_add("EU citizen card (EU)", "Verblijfsdocument EU-burger (EU)", "Carte de citoyen de l'Union (EU)",
     "Karte für Unionsbürger (EU)")
_add("EU citizen permanent residence card (EU+)", "Duurzaam verblijf EU-burger (EU+)",
     "Carte de séjour permanent de citoyen de l'Union (EU+)", "Daueraufenthaltskarte für Unionsbürger (EU+)")
_add("EU Blue Card (H)", "Europese blauwe kaart (H)", "Carte bleue européenne (H)", "Blaue Karte EU (H)")
_add("Foreigner card %1", "Vreemdelingenkaart %1", "Carte d'étranger %1", "Ausländerkarte %1")
_add("document type %1", "documenttype %1", "type de document %1", "Dokumenttyp %1")
_add("The card in the reader was altered. Check the identity with another document and choose \"Continue anyway\" "
     "on the card panel first.",
     "De kaart in de lezer werd gewijzigd. Controleer de identiteit met een ander document en kies eerst \"Toch "
     "verdergaan\" in het kaartpaneel.",
     "La carte dans le lecteur a été modifiée. Vérifiez l'identité avec un autre document et choisissez d'abord "
     "« Continuer quand même » dans le panneau de la carte.",
     "Die Karte im Lesegerät wurde verändert. Prüfen Sie die Identität mit einem anderen Dokument und wählen Sie "
     "zuerst „Trotzdem fortfahren“ im Kartenbereich.")
_add("Another card was inserted: the previous citizen was closed.",
     "Er werd een andere kaart ingestoken: de vorige burger werd gesloten.",
     "Une autre carte a été insérée : le citoyen précédent a été fermé.",
     "Eine andere Karte wurde eingesteckt: Der vorige Bürger wurde geschlossen.")
_add("The card in the reader is of %1, not of the citizen of this intake.",
     "De kaart in de lezer is van %1, niet van de burger van deze aanvraag.",
     "La carte dans le lecteur est celle de %1, pas celle du citoyen de cette demande.",
     "Die Karte im Lesegerät gehört %1, nicht dem Bürger dieses Antrags.")
_add("The card in the reader is of %1; this intake is for no citizen.",
     "De kaart in de lezer is van %1; deze aanvraag is voor geen enkele burger.",
     "La carte dans le lecteur est celle de %1 ; cette demande ne concerne aucun citoyen.",
     "Die Karte im Lesegerät gehört %1; dieser Antrag ist keinem Bürger zugeordnet.")
_add("%1 (with %2)", "%1 (met %2)", "%1 (avec %2)", "%1 (mit %2)")
_add("%1 (by %2)", "%1 (door %2)", "%1 (par %2)", "%1 (von %2)")

# --- status dialog: a rejection's reason, the items still missing (issue 13 §6)
_add("&Reason for the decision:", "&Reden van de beslissing:", "&Motif de la décision :", "&Begründung der Entscheidung:")
_add("Reason for the decision", "Reden van de beslissing", "Motif de la décision", "Begründung der Entscheidung")
_add("&What is still missing (one per line):", "&Wat nog ontbreekt (één per regel):",
     "&Ce qui manque encore (un par ligne) :", "&Was noch fehlt (eines pro Zeile):")
_add("What is still missing", "Wat nog ontbreekt", "Ce qui manque encore", "Was noch fehlt")
_add("Give the reason: the letter to the citizen prints it.",
     "Geef de reden op: de brief aan de burger vermeldt ze.",
     "Indiquez le motif : la lettre au citoyen le mentionne.",
     "Geben Sie die Begründung an: Das Schreiben an den Bürger nennt sie.")
_add("List what is still missing: the letter to the citizen prints it.",
     "Som op wat nog ontbreekt: de brief aan de burger vermeldt het.",
     "Indiquez ce qui manque encore : la lettre au citoyen le mentionne.",
     "Führen Sie auf, was noch fehlt: Das Schreiben an den Bürger nennt es.")

# --- issue 13 §2/§3: sign-in without a case store, core errors by code, card errors, languages, demo cards
_add("No case store is set for this laptop: only an account that signed in here before can sign in, and "
     "nothing will sync until a server is set.",
     "Voor deze laptop is geen dossierserver ingesteld: alleen een account dat hier al eerder aanmeldde, kan "
     "aanmelden, en er wordt niets gesynchroniseerd tot er een server is ingesteld.",
     "Aucun serveur de dossiers n'est configuré pour cet ordinateur : seul un compte qui s'y est déjà connecté "
     "peut se connecter, et rien ne sera synchronisé tant qu'aucun serveur n'est configuré.",
     "Für diesen Laptop ist kein Vorgangsserver eingestellt: Nur ein Konto, das sich hier schon angemeldet hat, "
     "kann sich anmelden, und nichts wird synchronisiert, bis ein Server eingestellt ist.")
_add("No case store", "Geen dossierserver", "Pas de serveur de dossiers", "Kein Vorgangsserver")
_add("No case store is set, so only an account that signed in on this laptop before can sign in. Ask IT support "
     "to set the case store's address.",
     "Er is geen dossierserver ingesteld, dus alleen een account dat al eerder op deze laptop aanmeldde, kan "
     "aanmelden. Vraag de IT-dienst het adres van de dossierserver in te stellen.",
     "Aucun serveur de dossiers n'est configuré : seul un compte qui s'est déjà connecté sur cet ordinateur peut "
     "se connecter. Demandez au service informatique de configurer l'adresse du serveur de dossiers.",
     "Es ist kein Vorgangsserver eingestellt, daher kann sich nur ein Konto anmelden, das sich auf diesem Laptop "
     "schon angemeldet hat. Bitten Sie den IT-Dienst, die Adresse des Vorgangsservers einzustellen.")
_add("New intake: %1", "Nieuwe aanvraag: %1", "Nouvelle demande : %1", "Neuer Antrag: %1")
_add("Dutch", "Nederlands", "néerlandais", "Niederländisch")
_add("French", "Frans", "français", "Französisch")
_add("German", "Duits", "allemand", "Deutsch")
_add("English", "Engels", "anglais", "Englisch")
# validation: the codes of desk_app.catalogue's messages, {name} = the parameter
_add("'{value}' is not an amount in euro", "'{value}' is geen bedrag in euro", "« {value} » n'est pas un montant en euros",
     "„{value}“ ist kein Betrag in Euro")
_add("'{value}' has more than 2 decimals", "'{value}' heeft meer dan 2 decimalen", "« {value} » a plus de 2 décimales",
     "„{value}“ hat mehr als 2 Nachkommastellen")
_add("'{value}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)",
     "'{value}' is geen datum (gebruik DD/MM/JJJJ of JJJJ-MM-DD)",
     "« {value} » n'est pas une date (utilisez JJ/MM/AAAA ou AAAA-MM-JJ)",
     "„{value}“ ist kein Datum (verwenden Sie TT/MM/JJJJ oder JJJJ-MM-TT)")
_add("at most {max} characters ({given} given)", "hoogstens {max} tekens ({given} ingegeven)",
     "au plus {max} caractères ({given} saisis)", "höchstens {max} Zeichen ({given} eingegeben)")
_add("'{value}' is not a whole number", "'{value}' is geen geheel getal", "« {value} » n'est pas un nombre entier",
     "„{value}“ ist keine ganze Zahl")
_add("must be at least {min}", "moet minstens {min} zijn", "doit être au moins {min}", "muss mindestens {min} sein")
_add("must be at most {max}", "mag hoogstens {max} zijn", "doit être au plus {max}", "darf höchstens {max} sein")
_add("must be at least EUR {min}", "moet minstens {min} euro zijn", "doit être d'au moins {min} euros",
     "muss mindestens {min} Euro betragen")
_add("must be at most EUR {max}", "mag hoogstens {max} euro zijn", "doit être d'au plus {max} euros",
     "darf höchstens {max} Euro betragen")
_add("'{value}' is not one of: {options}", "'{value}' is niet een van: {options}",
     "« {value} » ne fait pas partie de : {options}", "„{value}“ ist nicht eines von: {options}")
_add("'{value}' is not yes or no", "'{value}' is geen ja of nee", "« {value} » n'est ni oui ni non",
     "„{value}“ ist weder ja noch nein")
_add("'{value}' is not an e-mail address", "'{value}' is geen e-mailadres", "« {value} » n'est pas une adresse e-mail",
     "„{value}“ ist keine E-Mail-Adresse")
_add("'{value}' is not a phone number", "'{value}' is geen telefoonnummer",
     "« {value} » n'est pas un numéro de téléphone", "„{value}“ ist keine Telefonnummer")
_add("must not be before {field}", "mag niet vóór {field} liggen", "ne peut pas précéder {field}",
     "darf nicht vor {field} liegen")
_add("must equal the budget total EUR {total}", "moet gelijk zijn aan het begrotingstotaal van {total} euro",
     "doit être égal au total du budget de {total} euros", "muss der Budgetsumme von {total} Euro entsprechen")
_add("DD/MM/YYYY", "DD/MM/JJJJ", "JJ/MM/AAAA", "TT/MM/JJJJ")
# the store key (desk_app.keys)
_add("The system keyring is not available, so Loket cannot unlock its encrypted store. Nothing was written. "
     "Sign in to the desktop session (GNOME Keyring, KWallet or Windows Credential Manager) and start Loket again.",
     "De sleutelbos van het systeem is niet beschikbaar, dus Loket kan zijn versleutelde opslag niet openen. Er werd "
     "niets geschreven. Meld u aan bij de bureaubladsessie (GNOME Keyring, KWallet of Windows Credential Manager) en "
     "start Loket opnieuw.",
     "Le trousseau de clés du système n'est pas disponible : Loket ne peut pas ouvrir sa base chiffrée. Rien n'a été "
     "écrit. Connectez-vous à la session de bureau (GNOME Keyring, KWallet ou Gestionnaire d'identification Windows) "
     "et redémarrez Loket.",
     "Der Schlüsselbund des Systems ist nicht verfügbar, daher kann Loket seinen verschlüsselten Speicher nicht "
     "öffnen. Es wurde nichts geschrieben. Melden Sie sich an der Desktopsitzung an (GNOME Keyring, KWallet oder "
     "Windows-Anmeldeinformationsverwaltung) und starten Sie Loket erneut.")
_add("This laptop does not hold the key of this Loket store. A store copied from another laptop cannot be "
     "read: sync again on this laptop instead.",
     "Deze laptop heeft de sleutel van deze Loket-opslag niet. Een opslag die van een andere laptop werd gekopieerd, "
     "kan niet gelezen worden: synchroniseer in de plaats opnieuw op deze laptop.",
     "Cet ordinateur ne détient pas la clé de cette base Loket. Une base copiée depuis un autre ordinateur ne peut "
     "pas être lue : synchronisez plutôt à nouveau sur cet ordinateur.",
     "Dieser Laptop hat den Schlüssel dieses Loket-Speichers nicht. Ein von einem anderen Laptop kopierter Speicher "
     "kann nicht gelesen werden: Synchronisieren Sie stattdessen erneut auf diesem Laptop.")
_add("The key of this Loket store in the system keyring is damaged; the store cannot be read.",
     "De sleutel van deze Loket-opslag in de sleutelbos van het systeem is beschadigd; de opslag kan niet gelezen "
     "worden.",
     "La clé de cette base Loket dans le trousseau du système est endommagée ; la base ne peut pas être lue.",
     "Der Schlüssel dieses Loket-Speichers im Schlüsselbund des Systems ist beschädigt; der Speicher kann nicht "
     "gelesen werden.")
_add("The demo store's key file {path} is damaged; delete the demo folder to start afresh.",
     "Het sleutelbestand {path} van de demo-opslag is beschadigd; verwijder de demomap om opnieuw te beginnen.",
     "Le fichier de clé {path} de la base de démo est endommagé ; supprimez le dossier de démo pour repartir de zéro.",
     "Die Schlüsseldatei {path} des Demo-Speichers ist beschädigt; löschen Sie den Demo-Ordner, um neu zu beginnen.")
_add("The demo store's key file {path} is missing; delete the demo folder to start afresh.",
     "Het sleutelbestand {path} van de demo-opslag ontbreekt; verwijder de demomap om opnieuw te beginnen.",
     "Le fichier de clé {path} de la base de démo est manquant ; supprimez le dossier de démo pour repartir de zéro.",
     "Die Schlüsseldatei {path} des Demo-Speichers fehlt; löschen Sie den Demo-Ordner, um neu zu beginnen.")
# card errors: the eid package's default message per error code (ui.core.errors.eid_message)
_add("The identity card could not be read.", "De identiteitskaart kon niet gelezen worden.",
     "La carte d'identité n'a pas pu être lue.", "Der Personalausweis konnte nicht gelesen werden.")
_add("The smart card service is not running. Start the PC/SC service (pcscd) or ask IT support, then try again.",
     "De chipkaartdienst draait niet. Start de PC/SC-dienst (pcscd) of vraag het aan de IT-dienst en probeer "
     "opnieuw.",
     "Le service de cartes à puce ne fonctionne pas. Démarrez le service PC/SC (pcscd) ou demandez au service "
     "informatique, puis réessayez.",
     "Der Chipkartendienst läuft nicht. Starten Sie den PC/SC-Dienst (pcscd) oder fragen Sie den IT-Dienst und "
     "versuchen Sie es erneut.")
_add("No card reader found. Connect the card reader and try again.",
     "Geen kaartlezer gevonden. Sluit de kaartlezer aan en probeer opnieuw.",
     "Aucun lecteur de carte trouvé. Branchez le lecteur et réessayez.",
     "Kein Kartenleser gefunden. Schließen Sie den Kartenleser an und versuchen Sie es erneut.")
_add("The card reader is no longer available (unplugged?). Reconnect the reader and try again.",
     "De kaartlezer is niet meer beschikbaar (losgekoppeld?). Sluit de lezer opnieuw aan en probeer opnieuw.",
     "Le lecteur de carte n'est plus disponible (débranché ?). Rebranchez le lecteur et réessayez.",
     "Der Kartenleser ist nicht mehr verfügbar (ausgesteckt?). Schließen Sie ihn wieder an und versuchen Sie es "
     "erneut.")
_add("The card reader is in use by another program. Close it and try again.",
     "De kaartlezer wordt door een ander programma gebruikt. Sluit dat programma en probeer opnieuw.",
     "Le lecteur de carte est utilisé par un autre programme. Fermez-le et réessayez.",
     "Der Kartenleser wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.")
_add("No card in the reader. Insert the identity card (chip first, facing up).",
     "Geen kaart in de lezer. Steek de identiteitskaart in (chip eerst, naar boven).",
     "Pas de carte dans le lecteur. Insérez la carte d'identité (puce en premier, vers le haut).",
     "Keine Karte im Lesegerät. Stecken Sie den Ausweis ein (Chip zuerst, nach oben).")
_add("The card was removed while it was being read. Put the card back and leave it in the reader until reading "
     "is finished.",
     "De kaart werd verwijderd tijdens het lezen. Steek de kaart terug in en laat ze in de lezer tot het lezen klaar "
     "is.",
     "La carte a été retirée pendant la lecture. Remettez la carte et laissez-la dans le lecteur jusqu'à la fin de "
     "la lecture.",
     "Die Karte wurde während des Lesens entfernt. Stecken Sie sie wieder ein und lassen Sie sie im Lesegerät, bis "
     "das Lesen beendet ist.")
_add("This identity card has not been activated yet (cards issued by an embassy or consulate stay inactive until "
     "activated). Refer the citizen to the population service to activate the card.",
     "Deze identiteitskaart is nog niet geactiveerd (kaarten van een ambassade of consulaat blijven inactief tot ze "
     "geactiveerd zijn). Verwijs de burger naar de dienst bevolking om de kaart te activeren.",
     "Cette carte d'identité n'est pas encore activée (les cartes délivrées par une ambassade ou un consulat restent "
     "inactives jusqu'à leur activation). Orientez le citoyen vers le service population pour activer la carte.",
     "Dieser Personalausweis ist noch nicht aktiviert (von einer Botschaft oder einem Konsulat ausgestellte Karten "
     "bleiben bis zur Aktivierung inaktiv). Verweisen Sie den Bürger an den Bevölkerungsdienst, um die Karte zu "
     "aktivieren.")
_add("This card is not a Belgian electronic identity card. Check that the right card is in the reader.",
     "Deze kaart is geen Belgische elektronische identiteitskaart. Controleer of de juiste kaart in de lezer zit.",
     "Cette carte n'est pas une carte d'identité électronique belge. Vérifiez que la bonne carte est dans le "
     "lecteur.",
     "Diese Karte ist kein belgischer elektronischer Personalausweis. Prüfen Sie, ob die richtige Karte im "
     "Lesegerät steckt.")
_add("The card could not be read. Take the card out, clean the chip if needed, insert it again and retry.",
     "De kaart kon niet gelezen worden. Neem de kaart uit, reinig zo nodig de chip, steek ze opnieuw in en probeer "
     "opnieuw.",
     "La carte n'a pas pu être lue. Retirez la carte, nettoyez la puce si nécessaire, réinsérez-la et réessayez.",
     "Die Karte konnte nicht gelesen werden. Nehmen Sie die Karte heraus, reinigen Sie bei Bedarf den Chip, stecken "
     "Sie sie wieder ein und versuchen Sie es erneut.")
_add("The data on the card is damaged or in an unknown format.",
     "De gegevens op de kaart zijn beschadigd of in een onbekend formaat.",
     "Les données de la carte sont endommagées ou dans un format inconnu.",
     "Die Daten auf der Karte sind beschädigt oder in einem unbekannten Format.")
# the demo cards menu (eid.simulator.demo's labels)
_add("Belgian citizen (applet 1.8, NL)", "Belgische burger (applet 1.8, NL)", "Citoyen belge (applet 1.8, NL)",
     "Belgischer Bürger (Applet 1.8, NL)")
_add("Belgian citizen (applet 1.8, FR)", "Belgische burger (applet 1.8, FR)", "Citoyen belge (applet 1.8, FR)",
     "Belgischer Bürger (Applet 1.8, FR)")
_add("Belgian citizen (applet 1.8, DE)", "Belgische burger (applet 1.8, DE)", "Citoyen belge (applet 1.8, DE)",
     "Belgischer Bürger (Applet 1.8, DE)")
_add("Belgian citizen (applet 1.7)", "Belgische burger (applet 1.7)", "Citoyen belge (applet 1.7)",
     "Belgischer Bürger (Applet 1.7)")
_add("Foreigner card A", "Vreemdelingenkaart A", "Carte d'étranger A", "Ausländerkarte A")
_add("EU citizen card", "Kaart EU-burger", "Carte de citoyen de l'Union", "Karte für Unionsbürger")
_add("Kids card", "Kids-ID", "Kids-ID", "Kids-ID")
_add("Birth date: year only", "Geboortedatum: enkel het jaar", "Date de naissance : année seulement",
     "Geburtsdatum: nur das Jahr")
_add("Tampered card (identity altered)", "Vervalste kaart (identiteit gewijzigd)",
     "Carte falsifiée (identité modifiée)", "Gefälschte Karte (Identität verändert)")
_add("Tampered card (photo altered)", "Vervalste kaart (foto gewijzigd)", "Carte falsifiée (photo modifiée)",
     "Gefälschte Karte (Foto verändert)")
_add("Card not activated", "Kaart niet geactiveerd", "Carte non activée", "Karte nicht aktiviert")
_add("Not an eID (bank card)", "Geen eID (bankkaart)", "Pas une carte eID (carte bancaire)", "Kein eID (Bankkarte)")
_add("Specimen Alice (public test card)", "Specimen Alice (publieke testkaart)", "Spécimen Alice (carte de test publique)",
     "Muster Alice (öffentliche Testkarte)")
# national numbers and persons (desk_app.domain.national_number, desk_app.services.persons): codes
_add("'{value}' is not a national number: it must have 11 digits (e.g. 85.07.30-033.61).",
     "'{value}' is geen rijksregisternummer: het moet 11 cijfers hebben (bv. 85.07.30-033.61).",
     "« {value} » n'est pas un numéro de registre national : il doit compter 11 chiffres (p. ex. 85.07.30-033.61).",
     "„{value}“ ist keine Nationalregisternummer: Sie muss 11 Ziffern haben (z. B. 85.07.30-033.61).")
_add("{number} is not a valid national number: the check digits do not match. Please check the number on the card.",
     "{number} is geen geldig rijksregisternummer: de controlecijfers kloppen niet. Controleer het nummer op de "
     "kaart.",
     "{number} n'est pas un numéro de registre national valide : les chiffres de contrôle ne correspondent pas. "
     "Vérifiez le numéro sur la carte.",
     "{number} ist keine gültige Nationalregisternummer: Die Prüfziffern stimmen nicht. Prüfen Sie die Nummer auf "
     "der Karte.")
_add("A person with national number {number} already exists.",
     "Er bestaat al een persoon met rijksregisternummer {number}.",
     "Une personne avec le numéro de registre national {number} existe déjà.",
     "Eine Person mit der Nationalregisternummer {number} existiert bereits.")
_add("A person needs a surname.", "Een persoon heeft een familienaam nodig.", "Une personne doit avoir un nom de famille.",
     "Eine Person braucht einen Familiennamen.")
# accessible names added for issue 13 §5 (translated here so the Dutch .ts stays complete)
_add("Intake form", "Aanvraagformulier", "Formulaire de demande", "Antragsformular")
_add("Fee, documents, attachments and channel", "Retributie, documenten, bijlagen en kanaal",
     "Redevance, documents, pièces jointes et canal", "Gebühr, Dokumente, Anlagen und Kanal")
_add("current page", "huidige pagina", "page actuelle", "aktuelle Seite")
_add("Print %1", "%1 afdrukken", "Imprimer %1", "%1 drucken")  # the print dialog's title (its buttons: Qt's own)
