<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>The slot was taken by someone else.</source>
        <translation>Het tijdstip werd intussen door iemand anders genomen.</translation>
    </message>
    <message>
        <source>The time is in the past.</source>
        <translation>Het tijdstip ligt in het verleden.</translation>
    </message>
    <message>
        <source>The time is outside the opening hours.</source>
        <translation>Het tijdstip valt buiten de openingsuren.</translation>
    </message>
    <message>
        <source>No appointment has this reference.</source>
        <translation>Geen enkele afspraak heeft deze referentie.</translation>
    </message>
    <message>
        <source>This service cannot be booked.</source>
        <translation>Voor deze dienst kan geen afspraak gemaakt worden.</translation>
    </message>
    <message>
        <source>The case store does not let your account do this (your role, or a citizen outside your caseload).</source>
        <translation>De dossierserver staat dit niet toe voor uw account (uw rol, of een burger buiten uw caseload).</translation>
    </message>
    <message>
        <source>The advisor does not work at that time.</source>
        <translation>De medewerker werkt niet op dat tijdstip.</translation>
    </message>
    <message>
        <source>This appointment is no longer booked; it cannot be changed.</source>
        <translation>Deze afspraak is niet meer ingepland; ze kan niet gewijzigd worden.</translation>
    </message>
    <message>
        <source>The case store does not know this citizen yet; synchronise first.</source>
        <translation>De dossierserver kent deze burger nog niet; synchroniseer eerst.</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>De dossierserver weigerde: %1</translation>
    </message>
    <message>
        <source>The case store cannot be reached; try again when the laptop is online.</source>
        <translation>De dossierserver is niet bereikbaar; probeer opnieuw wanneer de laptop online is.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <source>To book</source>
        <translation>In te plannen</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <source>Citizen from the card</source>
        <translation>Burger van de kaart</translation>
    </message>
    <message>
        <source>Search citizen:</source>
        <translation>Burger zoeken:</translation>
    </message>
    <message>
        <source>Search citizen</source>
        <translation>Burger zoeken</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gevonden:</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Gevonden burgers</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Aantal personen</translation>
    </message>
    <message>
        <source>Show free slots</source>
        <translation>Vrije momenten tonen</translation>
    </message>
    <message>
        <source>Days with free slots</source>
        <translation>Dagen met vrije momenten</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Vrije uren</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Reason for the appointment</source>
        <translation>Reden van de afspraak</translation>
    </message>
    <message>
        <source>Place of the visit:</source>
        <translation>Plaats van het bezoek:</translation>
    </message>
    <message>
        <source>Place of the home visit</source>
        <translation>Plaats van het huisbezoek</translation>
    </message>
    <message>
        <source>Book the chosen time</source>
        <translation>Het gekozen uur inplannen</translation>
    </message>
    <message>
        <source>Book the next free slot</source>
        <translation>Eerste vrije moment inplannen</translation>
    </message>
    <message>
        <source>Print confirmation</source>
        <translation>Bevestiging afdrukken</translation>
    </message>
    <message>
        <source>The citizen's appointments</source>
        <translation>Afspraken van de burger</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Move to the chosen time</source>
        <translation>Naar het gekozen uur verplaatsen</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <source>Cancellation reference</source>
        <translation>Annuleringsreferentie</translation>
    </message>
    <message>
        <source>Cancel by reference</source>
        <translation>Annuleren via referentie</translation>
    </message>
    <message>
        <source>Bookings made while the case store could not be reached. They are booked as soon as it answers; a slot taken meanwhile is not booked and the next free slot is offered.</source>
        <translation>Afspraken gemaakt terwijl de dossierserver onbereikbaar was. Ze worden ingepland zodra hij antwoordt; is een moment intussen bezet, dan wordt het eerstvolgende vrije moment voorgesteld.</translation>
    </message>
    <message>
        <source>Bookings waiting for the case store</source>
        <translation>Afspraken die wachten op de dossierserver</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Eerste vrije moment</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Book the offered slot</source>
        <translation>Voorgesteld moment inplannen</translation>
    </message>
    <message>
        <source>Remove request</source>
        <translation>Aanvraag verwijderen</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Vestiging:</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Today's appointments</source>
        <translation>Afspraken vandaag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokaal</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh today's appointments</source>
        <translation>Afspraken van vandaag vernieuwen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Check in the chosen appointment</source>
        <translation>De gekozen afspraak aanmelden</translation>
    </message>
    <message>
        <source>No citizen chosen: read the card or search.</source>
        <translation>Geen burger gekozen: lees de kaart of zoek.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>No card in the reader.</source>
        <translation>Geen kaart in de lezer.</translation>
    </message>
    <message>
        <source>The citizen on the card is not registered on this laptop yet; register them first.</source>
        <translation>De burger op de kaart is nog niet geregistreerd op deze laptop; registreer hem eerst.</translation>
    </message>
    <message>
        <source>No citizen found.</source>
        <translation>Geen burger gevonden.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store: appointments cannot be booked now.</source>
        <translation>Deze laptop is niet verbonden met een dossierserver: er kunnen nu geen afspraken ingepland worden.</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Kies eerst een dienst.</translation>
    </message>
    <message>
        <source>Looking for free slots…</source>
        <translation>Vrije momenten zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s) in the next weeks.</source>
        <translation>
            <numerusform>Vrije momenten in de komende weken: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free slot in the next weeks for this service.</source>
        <translation>Geen vrij moment voor deze dienst in de komende weken.</translation>
    </message>
    <message>
        <source>Choose the citizen first (card or search).</source>
        <translation>Kies eerst de burger (kaart of zoeken).</translation>
    </message>
    <message>
        <source>Choose a service and a free time first.</source>
        <translation>Kies eerst een dienst en een vrij uur.</translation>
    </message>
    <message>
        <source>Not booked yet: the case store cannot be reached. The request is kept as "to book" and booked as soon as it answers.</source>
        <translation>Nog niet ingepland: de dossierserver is niet bereikbaar. De aanvraag blijft bewaard als "in te plannen" en wordt ingepland zodra hij antwoordt.</translation>
    </message>
    <message>
        <source>Booked: %1 at %2, %3, with %4. Cancellation reference: %5</source>
        <translation>Ingepland: %1 om %2, %3, bij %4. Annuleringsreferentie: %5</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Niet ingepland: %1</translation>
    </message>
    <message>
        <source>Not booked: the slot was taken by someone else, and no other slot is free in the coming weeks.</source>
        <translation>Niet ingepland: het moment werd door iemand anders genomen en er is de komende weken geen ander vrij.</translation>
    </message>
    <message>
        <source>Not booked: the slot was taken by someone else. Next free: %1</source>
        <translation>Niet ingepland: het moment werd door iemand anders genomen. Eerstvolgende vrije: %1</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>Bevestiging van de afspraak</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>ingepland</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>niet gekomen</translation>
    </message>
    <message>
        <source>to book</source>
        <translation>in te plannen</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>niet ingepland</translation>
    </message>
    <message>
        <source>This needs the case store; this laptop is not connected to one.</source>
        <translation>Hiervoor is de dossierserver nodig; deze laptop is er niet mee verbonden.</translation>
    </message>
    <message>
        <source>Cancelled: %1 (reference %2).</source>
        <translation>Geannuleerd: %1 (referentie %2).</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Verplaatst naar %1.</translation>
    </message>
    <message>
        <source>Choose the appointment and the new free time first.</source>
        <translation>Kies eerst de afspraak en het nieuwe vrije uur.</translation>
    </message>
    <message>
        <source>Choose the appointment to cancel first.</source>
        <translation>Kies eerst de afspraak die u wilt annuleren.</translation>
    </message>
    <message>
        <source>Type the cancellation reference first.</source>
        <translation>Typ eerst de annuleringsreferentie.</translation>
    </message>
    <message>
        <source>to book: waiting for the case store</source>
        <translation>in te plannen: wacht op de dossierserver</translation>
    </message>
    <message>
        <source>not booked: %1</source>
        <translation>niet ingepland: %1</translation>
    </message>
    <message>
        <source>No bookings are waiting.</source>
        <translation>Er wachten geen afspraken.</translation>
    </message>
    <message>
        <source>To book (%1)</source>
        <translation>In te plannen (%1)</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store.</source>
        <translation>Deze laptop is niet verbonden met een dossierserver.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) confirmed.</source>
        <translation>
            <numerusform>Afspraken bevestigd: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not booked: see the next free slot offered.</source>
        <translation>
            <numerusform>%n niet ingepland: zie het voorgestelde vrije moment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting: the case store cannot be reached.</source>
        <translation>
            <numerusform>%n wachtend: de dossierserver is niet bereikbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request that was not booked and has a next free slot.</source>
        <translation>Kies een aanvraag die niet ingepland werd en een volgend vrij moment heeft.</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Vandaag geen afspraken.</translation>
    </message>
    <message>
        <source>Choose the appointment to check in first.</source>
        <translation>Kies eerst de afspraak die u wilt aanmelden.</translation>
    </message>
    <message>
        <source>Ticket %1: the citizen waits to be called.</source>
        <translation>Ticket %1: de burger wacht tot hij opgeroepen wordt.</translation>
    </message>
</context>
<context>
    <name>CallDisplay</name>
    <message>
        <source>Call display</source>
        <translation>Oproepscherm</translation>
    </message>
    <message>
        <source>City logo</source>
        <translation>Logo van de stad</translation>
    </message>
    <message>
        <source>Not connected to the case store; trying again.</source>
        <translation>Niet verbonden met de dossierserver; nieuwe poging.</translation>
    </message>
    <message>
        <source>Not connected to the case store.</source>
        <translation>Niet verbonden met de dossierserver.</translation>
    </message>
    <message>
        <source>Not connected to the case store: %1</source>
        <translation>Niet verbonden met de dossierserver: %1</translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation>Nog geen oproep</translation>
    </message>
</context>
<context>
    <name>CallDisplayPage</name>
    <message>
        <source>Call display</source>
        <translation>Oproepscherm</translation>
    </message>
    <message>
        <source>The last calls on a TV or a second screen, readable across the waiting room. Esc on the display closes it.</source>
        <translation>De laatste oproepen op een tv of tweede scherm, leesbaar in heel de wachtzaal. Esc op het scherm sluit het.</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Vestiging</translation>
    </message>
    <message>
        <source>Display &amp;language</source>
        <translation>Taa&amp;l op het scherm</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Taal op het scherm</translation>
    </message>
    <message>
        <source>&amp;Open the call display</source>
        <translation>Oproepscherm op&amp;enen</translation>
    </message>
    <message>
        <source>No case store is set for this desk: the call display needs one.</source>
        <translation>Voor deze laptop is geen dossierserver ingesteld: het oproepscherm heeft er een nodig.</translation>
    </message>
    <message>
        <source>Looking up the shops…</source>
        <translation>Vestigingen opzoeken…</translation>
    </message>
    <message>
        <source>The case store has no shops.</source>
        <translation>De dossierserver heeft geen vestigingen.</translation>
    </message>
    <message>
        <source>The shops cannot be looked up: %1</source>
        <translation>De vestigingen kunnen niet opgezocht worden: %1</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Foto nemen</translation>
    </message>
    <message>
        <source>The camera took no photo.</source>
        <translation>De camera heeft geen foto genomen.</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Foto nemen</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>No card reader service started</source>
        <translation>Geen kaartlezerdienst gestart</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>eID-kaart</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Nieuwe burger</translation>
    </message>
    <message>
        <source>Add as new citizen</source>
        <translation>Als nieuwe burger toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open citizen</source>
        <translation>Burger &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Review card changes…</source>
        <translation>Kaartwijzigingen &amp;nakijken…</translation>
    </message>
    <message>
        <source>Continue &amp;anyway (logged)…</source>
        <translation>Toch &amp;verdergaan (gelogd)…</translation>
    </message>
    <message>
        <source>Continue with this citizen despite the altered card</source>
        <translation>Verdergaan met deze burger ondanks de gewijzigde kaart</translation>
    </message>
    <message>
        <source>eID card panel</source>
        <translation>eID-kaartpaneel</translation>
    </message>
    <message>
        <source>Insert the citizen's eID card: identity and photo appear here, and the citizen is looked up by national number. F2 reads the card again.</source>
        <translation>Steek de eID-kaart van de burger in: identiteit en foto verschijnen hier en de burger wordt opgezocht op rijksregisternummer. F2 leest de kaart opnieuw.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>controleren…</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Deze kaart is vervallen.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <source>test card</source>
        <translation>testkaart</translation>
    </message>
    <message>
        <source>ALTERED — do not rely on it</source>
        <translation>GEWIJZIGD — niet op vertrouwen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet geverifieerd</translation>
    </message>
    <message>
        <source>Signed by the National Register.</source>
        <translation>Ondertekend door het Rijksregister.</translation>
    </message>
    <message>
        <source>Consistent, but not signed by a Belgian root: a test or specimen card.</source>
        <translation>Consistent, maar niet ondertekend door een Belgische root: een test- of specimenkaart.</translation>
    </message>
    <message>
        <source>The data does not match its signature. Check the physical card and ask for another document.</source>
        <translation>De gegevens kloppen niet met hun handtekening. Controleer de kaart en vraag een ander document.</translation>
    </message>
    <message>
        <source>Part of the card could not be read. Read the card again (F2).</source>
        <translation>Een deel van de kaart kon niet gelezen worden. Lees de kaart opnieuw (F2).</translation>
    </message>
    <message>
        <source>Looking up the citizen…</source>
        <translation>Burger opzoeken…</translation>
    </message>
    <message>
        <source>Not yet known on this laptop.</source>
        <translation>Nog niet gekend op deze laptop.</translation>
    </message>
    <message>
        <source>Not yet known on this laptop; your role does not register citizens.</source>
        <translation>Nog niet gekend op deze laptop; uw rol registreert geen burgers.</translation>
    </message>
    <message>
        <source>Known citizen, but this card was altered: check the identity with another document before you continue.</source>
        <translation>Gekende burger, maar deze kaart werd gewijzigd: controleer de identiteit met een ander document voor u verdergaat.</translation>
    </message>
    <message numerus="yes">
        <source>Known citizen; the card shows %n change(s).</source>
        <translation>
            <numerusform>Gekende burger; de kaart toont %n wijziging(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>Known citizen; the record matches the card.</source>
        <translation>Gekende burger; de gegevens komen overeen met de kaart.</translation>
    </message>
    <message>
        <source>Altered card: you continue with this citizen (logged).</source>
        <translation>Gewijzigde kaart: u gaat verder met deze burger (gelogd).</translation>
    </message>
    <message>
        <source>Citizen added.</source>
        <translation>Burger toegevoegd.</translation>
    </message>
    <message>
        <source>Record updated from the card.</source>
        <translation>Gegevens bijgewerkt vanaf de kaart.</translation>
    </message>
    <message>
        <source>unknown document</source>
        <translation>onbekend document</translation>
    </message>
    <message>
        <source>Belgian identity card</source>
        <translation>Belgische identiteitskaart</translation>
    </message>
    <message>
        <source>Kids-ID (Belgian child)</source>
        <translation>Kids-ID (Belgisch kind)</translation>
    </message>
    <message>
        <source>Kids-ID (foreign child)</source>
        <translation>Kids-ID (kind van vreemde nationaliteit)</translation>
    </message>
    <message>
        <source>EU citizen card (EU)</source>
        <translation>Verblijfsdocument EU-burger (EU)</translation>
    </message>
    <message>
        <source>EU citizen permanent residence card (EU+)</source>
        <translation>Duurzaam verblijf EU-burger (EU+)</translation>
    </message>
    <message>
        <source>EU Blue Card (H)</source>
        <translation>Europese blauwe kaart (H)</translation>
    </message>
    <message>
        <source>Foreigner card %1</source>
        <translation>Vreemdelingenkaart %1</translation>
    </message>
    <message>
        <source>document type %1</source>
        <translation>documenttype %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Third initial</source>
        <translation>Derde initiaal</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>geldig tot</translation>
    </message>
</context>
<context>
    <name>CardReviewDialog</name>
    <message>
        <source>The card differs from our record</source>
        <translation>De kaart verschilt van onze gegevens</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Now on record</source>
        <translation>Nu bij ons</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Op de kaart</translation>
    </message>
    <message>
        <source>Differences between the card and the record</source>
        <translation>Verschillen tussen kaart en gegevens</translation>
    </message>
    <message>
        <source>Start an &amp;address change intake for the new address</source>
        <translation>Een &amp;adreswijziging starten voor het nieuwe adres</translation>
    </message>
    <message>
        <source>&amp;Apply ticked changes</source>
        <translation>Aangevinkte wijzigingen &amp;overnemen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nu niet</translation>
    </message>
    <message>
        <source>Tick what should be taken over from the card (Space toggles).</source>
        <translation>Vink aan wat van de kaart moet worden overgenomen (spatie wisselt).</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geboorteplaats</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>Kaart geldig tot</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>No card reader is connected. Connect the reader and insert the card.</source>
        <translation>Er is geen kaartlezer aangesloten. Sluit de lezer aan en steek de kaart in.</translation>
    </message>
    <message>
        <source>There is no card in the reader.</source>
        <translation>Er zit geen kaart in de lezer.</translation>
    </message>
    <message>
        <source>The card reader service is not available on this laptop.</source>
        <translation>De kaartlezerdienst is niet beschikbaar op deze laptop.</translation>
    </message>
    <message>
        <source>Looking for a card reader…</source>
        <translation>Kaartlezer zoeken…</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Kaart wordt gelezen…</translation>
    </message>
    <message>
        <source>No card reader connected</source>
        <translation>Geen kaartlezer aangesloten</translation>
    </message>
    <message>
        <source>Reader ready — insert an eID card</source>
        <translation>Lezer klaar — steek een eID-kaart in</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>Kaart gelezen</translation>
    </message>
    <message>
        <source>The card reader service is not running</source>
        <translation>De kaartlezerdienst draait niet</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>De kaart kon niet gelezen worden</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Open &amp;citizen</source>
        <translation>&amp;Burger openen</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documenten…</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Documenten van dit dossier</translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation>Gegevens van de aanvraag</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusgeschiedenis</translation>
    </message>
    <message>
        <source>This case is not on this laptop.</source>
        <translation>Dit dossier staat niet op deze laptop.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Track &amp; trace code</source>
        <translation>Track &amp; trace-code</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Verwacht tegen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>over tijd</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Retributie</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>to be paid</source>
        <translation>nog te betalen</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Ontvangstbewijs</translation>
    </message>
    <message>
        <source>&amp;Letter for the citizen</source>
        <translation>&amp;Brief voor de burger</translation>
    </message>
    <message>
        <source>Case &amp;summary</source>
        <translation>Dossier&amp;overzicht</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Beslissing</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>verwacht</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases and work queue</source>
        <translation>Dossiers en werkvoorraad</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Enkel &amp;over tijd</translation>
    </message>
    <message>
        <source>O&amp;pen only</source>
        <translation>Enkel o&amp;pen</translation>
    </message>
    <message>
        <source>Filter on status</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>Filter on department</source>
        <translation>Filter op dienst</translation>
    </message>
    <message>
        <source>Filter on case type</source>
        <translation>Filter op soort</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>over tijd</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Op te lossen conflicten</translation>
    </message>
    <message>
        <source>Someone else changed the same detail while this laptop was offline. Compare both versions and choose the one that is right.</source>
        <translation>Iemand anders wijzigde hetzelfde gegeven terwijl deze laptop offline was. Vergelijk beide versies en kies de juiste.</translation>
    </message>
    <message>
        <source>Changed on this laptop</source>
        <translation>Gewijzigd op deze laptop</translation>
    </message>
    <message>
        <source>In the case store</source>
        <translation>Op de dossierserver</translation>
    </message>
    <message>
        <source>Keep &amp;this version</source>
        <translation>&amp;Deze versie behouden</translation>
    </message>
    <message>
        <source>Keep this laptop's version</source>
        <translation>Versie van deze laptop behouden</translation>
    </message>
    <message>
        <source>Keep t&amp;hat version</source>
        <translation>&amp;Die versie behouden</translation>
    </message>
    <message>
        <source>Keep the case store's version</source>
        <translation>Versie van de dossierserver behouden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicten (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused (%n)</source>
        <translation>
            <numerusform>Geweigerd (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No conflicts, but the case store refused %n change(s): see Refused.</source>
        <translation>
            <numerusform>Geen conflicten, maar de dossierserver weigerde %n wijziging(en): zie Geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: everything is in agreement with the case store.</source>
        <translation>Geen conflicten: alles stemt overeen met de dossierserver.</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>Conflict opgelost.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Notes of the consultation</source>
        <translation>Notities van het gesprek</translation>
    </message>
    <message>
        <source>Private: my department only</source>
        <translation>Privé: enkel mijn dienst</translation>
    </message>
    <message>
        <source>Your account has no department, so notes cannot be kept private.</source>
        <translation>Uw account heeft geen dienst; notities kunnen dus niet privé blijven.</translation>
    </message>
    <message>
        <source>Intakes started during this consultation</source>
        <translation>Aanvragen gestart tijdens dit gesprek</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start an &amp;intake…</source>
        <translation>&amp;Aanvraag starten…</translation>
    </message>
    <message>
        <source>Start an intake for this citizen</source>
        <translation>Een aanvraag starten voor deze burger</translation>
    </message>
    <message>
        <source>Finish the consultation</source>
        <translation>Het gesprek afronden</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Opvolging op</translation>
    </message>
    <message>
        <source>Follow-up on a date</source>
        <translation>Opvolging op een datum</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum van opvolging</translation>
    </message>
    <message>
        <source>&amp;Finish consultation</source>
        <translation>Gesprek a&amp;fronden</translation>
    </message>
    <message>
        <source>Finish consultation</source>
        <translation>Gesprek afronden</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Notes restored from the draft</source>
        <translation>Notities hersteld uit het concept</translation>
    </message>
    <message>
        <source>This appointment is closed (%1); it cannot be finished again.</source>
        <translation>Deze afspraak is afgesloten (%1); ze kan niet opnieuw afgerond worden.</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Gesprek: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Draft: editing…</source>
        <translation>Concept: wordt bewerkt…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Concept bewaard</translation>
    </message>
    <message>
        <source>No intake started yet.</source>
        <translation>Nog geen aanvraag gestart.</translation>
    </message>
    <message>
        <source>Consultation finished: the contact is in the citizen's history.</source>
        <translation>Gesprek afgerond: het contact staat in de geschiedenis van de burger.</translation>
    </message>
    <message>
        <source>Consultation finished</source>
        <translation>Gesprek afgerond</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lijn toevoegen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Lijn verwijderen</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Choose file for %1</source>
        <translation>Bestand kiezen voor %1</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/JJJJ</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <source>+32 …</source>
        <translation>+32 …</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation>JJ.MM.DD-XXX.CC</translation>
    </message>
    <message>
        <source>Straat 1, 9999 Meerhoven / 51.05, 3.72</source>
        <translation>Straat 1, 9999 Meerhoven / 51.05, 3.72</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Counter</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Theme desk</source>
        <translation>Themaloket</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coördinatie</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>Goedendag, %1</translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Goedendag</translation>
    </message>
    <message>
        <source>Read eID card  (F2)</source>
        <translation>eID-kaart lezen  (F2)</translation>
    </message>
    <message>
        <source>Read eID card</source>
        <translation>eID-kaart lezen</translation>
    </message>
    <message>
        <source>Search citizen or case  (Ctrl+F)</source>
        <translation>Burger of dossier zoeken  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search citizen or case</source>
        <translation>Burger of dossier zoeken</translation>
    </message>
    <message>
        <source>New intake  (Ctrl+N)</source>
        <translation>Nieuwe aanvraag  (Ctrl+N)</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <source>Unfinished intakes (drafts)</source>
        <translation>Onafgewerkte aanvragen (concepten)</translation>
    </message>
    <message>
        <source>Today's home visits</source>
        <translation>Huisbezoeken vandaag</translation>
    </message>
    <message>
        <source>Prepared cases</source>
        <translation>Voorbereide dossiers</translation>
    </message>
    <message>
        <source>Today's consultations</source>
        <translation>Gesprekken vandaag</translation>
    </message>
    <message>
        <source>Intakes today</source>
        <translation>Aanvragen vandaag</translation>
    </message>
    <message>
        <source>Work queue per department</source>
        <translation>Werkvoorraad per dienst</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Afspraken vandaag</translation>
    </message>
    <message>
        <source>Walk-ins today</source>
        <translation>Loketbezoekers vandaag</translation>
    </message>
    <message numerus="yes">
        <source>Offline — everything you do is kept on this laptop (%n waiting).</source>
        <translation>
            <numerusform>Offline — alles wat u doet blijft op deze laptop bewaard (%n wachtend).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online — %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Online — %n wijziging(en) wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open dossiers</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <source>Citizens on this laptop</source>
        <translation>Burgers op deze laptop</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nothing yet today.</source>
        <translation>Vandaag nog niets.</translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation>Verderwerken: %1</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Directie</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Case &amp;type:</source>
        <translation>Soort &amp;aanvraag:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Soort aanvraag</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Retributie</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Mee te brengen documenten</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Aanvraagformulier</translation>
    </message>
    <message>
        <source>Fee, documents, attachments and channel</source>
        <translation>Retributie, documenten, bijlagen en kanaal</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Add attachment from a file</source>
        <translation>Bijlage toevoegen uit een bestand</translation>
    </message>
    <message>
        <source>From &amp;scanner</source>
        <translation>Van &amp;scanner</translation>
    </message>
    <message>
        <source>Add the newest scan from the scanner folder</source>
        <translation>Nieuwste scan uit de scannermap toevoegen</translation>
    </message>
    <message>
        <source>How is the citizen informed?</source>
        <translation>Hoe wordt de burger verwittigd?</translation>
    </message>
    <message>
        <source>Preferred channel of the citizen</source>
        <translation>Voorkeurskanaal van de burger</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>gsm-nummer</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Gsm-nummer</translation>
    </message>
    <message>
        <source>Channel &amp;confirmed with the citizen</source>
        <translation>Kanaal &amp;bevestigd met de burger</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>aan het loket</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digitaal</translation>
    </message>
    <message>
        <source>Intake &amp;via:</source>
        <translation>Aanvraag &amp;via:</translation>
    </message>
    <message>
        <source>Fee &amp;paid</source>
        <translation>Retributie &amp;betaald</translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation>Aanvraag &amp;bewaren</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) — works offline</source>
        <translation>Bewaren (Ctrl+S) — werkt ook offline</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close the form; the draft is kept (Esc)</source>
        <translation>Formulier sluiten; het concept blijft bewaard (Esc)</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Ontvangstbewijs &amp;afdrukken</translation>
    </message>
    <message>
        <source>&amp;Back to the citizen</source>
        <translation>&amp;Terug naar de burger</translation>
    </message>
    <message>
        <source>New intake: %1</source>
        <translation>Nieuwe aanvraag: %1</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <source>No citizen chosen (anonymous intake)</source>
        <translation>Geen burger gekozen (anonieme aanvraag)</translation>
    </message>
    <message>
        <source>The card in the reader is of %1, not of the citizen of this intake.</source>
        <translation>De kaart in de lezer is van %1, niet van de burger van deze aanvraag.</translation>
    </message>
    <message>
        <source>The card in the reader is of %1; this intake is for no citizen.</source>
        <translation>De kaart in de lezer is van %1; deze aanvraag is voor geen enkele burger.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Concept hersteld</translation>
    </message>
    <message>
        <source>Choose a case type (Alt+T) to show its form.</source>
        <translation>Kies een soort aanvraag (Alt+A) om het formulier te tonen.</translation>
    </message>
    <message>
        <source>Draft: editing…</source>
        <translation>Concept: wordt bewerkt…</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>None for now.</source>
        <translation>Voorlopig geen.</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Bijlagen toevoegen</translation>
    </message>
    <message>
        <source>No scanner folder is set (Settings → scanner folder).</source>
        <translation>Er is geen scannermap ingesteld (instellingen).</translation>
    </message>
    <message>
        <source>The scanner folder is empty.</source>
        <translation>De scannermap is leeg.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Concept bewaard</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n veld(en) vragen aandacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail is chosen, but there is no e-mail address.</source>
        <translation>E-mail is gekozen, maar er is geen e-mailadres.</translation>
    </message>
    <message>
        <source>SMS is chosen, but there is no mobile number.</source>
        <translation>Sms is gekozen, maar er is geen gsm-nummer.</translation>
    </message>
    <message>
        <source>Confirm the channel with the citizen first.</source>
        <translation>Bevestig eerst het kanaal met de burger.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Intake saved</source>
        <translation>Aanvraag bewaard</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>to be paid</source>
        <translation>nog te betalen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Track &amp; trace code</source>
        <translation>Track &amp; trace-code</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Verwacht tegen</translation>
    </message>
    <message>
        <source>Saved on this laptop; it is sent to the case store at the next synchronisation.</source>
        <translation>Bewaard op deze laptop; bij de volgende synchronisatie gaat het naar de dossierserver.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Demo cards</source>
        <translation>&amp;Demokaarten</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>Kaart &amp;verwijderen</translation>
    </message>
    <message>
        <source>Search name, national number, address or case number  (Ctrl+F)</source>
        <translation>Zoek naam, rijksregisternummer, adres of dossiernummer  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search citizen or case</source>
        <translation>Burger of dossier zoeken</translation>
    </message>
    <message>
        <source>Read card (F2)</source>
        <translation>Kaart lezen (F2)</translation>
    </message>
    <message>
        <source>Read eID card</source>
        <translation>eID-kaart lezen</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Cas&amp;es</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Conflicten</translation>
    </message>
    <message>
        <source>current page</source>
        <translation>huidige pagina</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Read card</source>
        <translation>&amp;Kaart lezen</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nieuwe aanvraag</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Ontvangstbewijs &amp;afdrukken</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;Status wijzigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisatie</translation>
    </message>
    <message>
        <source>Your role cannot start an intake; the case store would refuse it.</source>
        <translation>Uw rol kan geen aanvraag starten; de dossierserver zou ze weigeren.</translation>
    </message>
    <message>
        <source>The card in the reader was altered. Check the identity with another document and choose "Continue anyway" on the card panel first.</source>
        <translation>De kaart in de lezer werd gewijzigd. Controleer de identiteit met een ander document en kies eerst "Toch verdergaan" in het kaartpaneel.</translation>
    </message>
    <message>
        <source>No card reader service is running.</source>
        <translation>Er draait geen kaartlezerdienst.</translation>
    </message>
    <message>
        <source>Save an intake first; then its receipt can be printed.</source>
        <translation>Bewaar eerst een aanvraag; daarna kan het ontvangstbewijs worden afgedrukt.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store.</source>
        <translation>Deze laptop is niet verbonden met een dossierserver.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n wijziging(en) wachten om verzonden te worden</numerusform>
        </translation>
    </message>
    <message>
        <source>Another card was inserted: the previous citizen was closed.</source>
        <translation>Er werd een andere kaart ingestoken: de vorige burger werd gesloten.</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>Afs&amp;praken</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Call &amp;display</source>
        <translation>Op&amp;roepscherm</translation>
    </message>
    <message>
        <source>Shop &amp;measures</source>
        <translation>&amp;Meetcijfers</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Wachtrij</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>&amp;Onthaal</translation>
    </message>
    <message>
        <source>Report q&amp;ueue</source>
        <translation>Meldingen op&amp;volgen</translation>
    </message>
    <message>
        <source>Rep&amp;orts dashboard</source>
        <translation>Meldingen &amp;in cijfers</translation>
    </message>
    <message>
        <source>Citizen re&amp;port</source>
        <translation>&amp;Nieuwe melding</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Drag or arrow keys to move, mouse wheel or plus and minus to zoom, Home for the whole city, click or Enter to pick a point</source>
        <translation>Slepen of pijltjestoetsen om te verschuiven, muiswiel of plus en min om te zoomen, Home voor de hele stad, klikken of Enter om een punt te kiezen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Inzoomen (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Uitzoomen (-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Offline map: the city's streets</source>
        <translation>Offlinekaart: de straten van de stad</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Altered card</source>
        <translation>Gewijzigde kaart</translation>
    </message>
    <message>
        <source>How was the identity checked?</source>
        <translation>Hoe werd de identiteit gecontroleerd?</translation>
    </message>
    <message>
        <source>&amp;How was the identity checked?</source>
        <translation>&amp;Hoe werd de identiteit gecontroleerd?</translation>
    </message>
    <message>
        <source>&amp;Continue with this citizen</source>
        <translation>Verder&amp;gaan met deze burger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The data on this card does not match its signature: the card was altered. Only continue with %1 after checking the identity with another document; your reason is written to the audit log.</source>
        <translation>De gegevens op deze kaart komen niet overeen met de handtekening: de kaart werd gewijzigd. Ga enkel verder met %1 nadat u de identiteit met een ander document hebt gecontroleerd; uw reden wordt in het auditlog opgenomen.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Name of the citizen</source>
        <translation>Naam van de burger</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Nieuwe aanvraag…</translation>
    </message>
    <message>
        <source>Start an intake for this citizen (Ctrl+N)</source>
        <translation>Start een aanvraag voor deze burger (Ctrl+N)</translation>
    </message>
    <message>
        <source>History of the citizen</source>
        <translation>Geschiedenis van de burger</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Verwittigen via</translation>
    </message>
    <message>
        <source>E-mail / phone</source>
        <translation>E-mail / telefoon</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>eID-kaart</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>This person is not on this laptop.</source>
        <translation>Deze persoon staat niet op deze laptop.</translation>
    </message>
    <message>
        <source>no national number</source>
        <translation>geen rijksregisternummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>geldig tot</translation>
    </message>
    <message>
        <source>card expired</source>
        <translation>kaart vervallen</translation>
    </message>
    <message>
        <source>card expires soon</source>
        <translation>kaart vervalt binnenkort</translation>
    </message>
    <message>
        <source>No suggestions for this citizen.</source>
        <translation>Geen suggesties voor deze burger.</translation>
    </message>
    <message>
        <source>Start this intake</source>
        <translation>Deze aanvraag starten</translation>
    </message>
    <message>
        <source>Start intake: %1</source>
        <translation>Aanvraag starten: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (met %2)</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (door %2)</translation>
    </message>
    <message>
        <source>No earlier cases, contacts or appointments.</source>
        <translation>Geen eerdere dossiers, contacten of afspraken.</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Desk</source>
        <translation>Ba&amp;lie</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Waiting for this desk</source>
        <translation>Wachtend voor deze balie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht al</translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation>Verwachte wachttijd</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Parked at this desk</source>
        <translation>In wacht bij deze balie</translation>
    </message>
    <message>
        <source>Case store status</source>
        <translation>Status van de dossierserver</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Ticket at this desk</source>
        <translation>Ticket aan deze balie</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Volgende oproepen</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Volgende oproepen</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>Opnieuw &amp;roepen</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Opnieuw roepen</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Niet gekomen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;In wacht zetten</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>In wacht zetten</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>&amp;Hernemen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Hernemen</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>Door&amp;geven…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Doorgeven</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Choose the desk this laptop is.</source>
        <translation>Kies de balie van deze laptop.</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(niet op deze laptop)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>afspraak %1</translation>
    </message>
    <message>
        <source>Nobody at this desk</source>
        <translation>Niemand aan deze balie</translation>
    </message>
    <message>
        <source>%1 at this desk · %2 · called %3×</source>
        <translation>%1 aan deze balie · %2 · %3× opgeroepen</translation>
    </message>
    <message>
        <source>Nobody waits for this desk.</source>
        <translation>Niemand wacht voor deze balie.</translation>
    </message>
    <message>
        <source>%1 was called at another desk meanwhile; nobody else waits for this desk.</source>
        <translation>%1 werd intussen aan een andere balie opgeroepen; niemand anders wacht voor deze balie.</translation>
    </message>
    <message>
        <source>%1 was called at another desk meanwhile; you called %2.</source>
        <translation>%1 werd intussen aan een andere balie opgeroepen; u riep %2 op.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Balie: %1</translation>
    </message>
    <message>
        <source>Transfer the ticket to</source>
        <translation>Ticket doorgeven aan</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 afgerond</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>D&amp;ienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Burger</translation>
    </message>
    <message>
        <source>Citizen on the ticket</source>
        <translation>Burger op het ticket</translation>
    </message>
    <message>
        <source>Citizen of the &amp;card</source>
        <translation>Burger van de kaa&amp;rt</translation>
    </message>
    <message>
        <source>Citizen of the card</source>
        <translation>Burger van de kaart</translation>
    </message>
    <message>
        <source>&amp;Without citizen</source>
        <translation>Zo&amp;nder burger</translation>
    </message>
    <message>
        <source>Without citizen</source>
        <translation>Zonder burger</translation>
    </message>
    <message>
        <source>Searc&amp;h citizen</source>
        <translation>B&amp;urger zoeken</translation>
    </message>
    <message>
        <source>Search citizen</source>
        <translation>Burger zoeken</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Zo&amp;eken</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Gevonden burgers</translation>
    </message>
    <message>
        <source>&amp;Issue ticket</source>
        <translation>Ticket &amp;afgeven</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>Ticket afgeven</translation>
    </message>
    <message>
        <source>&amp;Print ticket</source>
        <translation>Ticket a&amp;fdrukken</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Ticket afdrukken</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Laatste ticket</translation>
    </message>
    <message>
        <source>Case store status</source>
        <translation>Status van de dossierserver</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>This desk does not know the shop %1.</source>
        <translation>Deze laptop kent vestiging %1 niet.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n ticket(s) issued while the case store could not be reached…</source>
        <translation>
            <numerusform>%n ticket(s) versturen die afgegeven werden zonder dossierserver…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case store cannot be reached: tickets are numbered here and sent when it is back (%n waiting to be sent).</source>
        <translation>
            <numerusform>De dossierserver is niet bereikbaar: tickets worden hier genummerd en verstuurd zodra hij terug is (%n wachtend).</numerusform>
        </translation>
    </message>
    <message>
        <source>No citizen: the ticket is issued without a name</source>
        <translation>Geen burger: het ticket wordt zonder naam afgegeven</translation>
    </message>
    <message>
        <source>No card is read (or its citizen is not on this laptop): the ticket is issued without a citizen.</source>
        <translation>Er is geen kaart gelezen (of de burger staat niet op deze laptop): het ticket wordt zonder burger afgegeven.</translation>
    </message>
    <message>
        <source>No citizen found.</source>
        <translation>Geen burger gevonden.</translation>
    </message>
    <message>
        <source>Ticket %1 issued</source>
        <translation>Ticket %1 afgegeven</translation>
    </message>
    <message>
        <source>No ticket issued yet</source>
        <translation>Nog geen ticket afgegeven</translation>
    </message>
    <message>
        <source>expected wait %1</source>
        <translation>verwachte wachttijd %1</translation>
    </message>
    <message>
        <source>issued at reception (the case store gets it when it is back)</source>
        <translation>afgegeven aan het onthaal (de dossierserver krijgt het zodra hij terug is)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>The case store refused ticket %1: %2</source>
        <translation>De dossierserver weigerde ticket %1: %2</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <source>Refused changes</source>
        <translation>Geweigerde wijzigingen</translation>
    </message>
    <message>
        <source>The case store said:</source>
        <translation>De dossierserver meldde:</translation>
    </message>
    <message>
        <source>&amp;Re-submit</source>
        <translation>&amp;Opnieuw indienen</translation>
    </message>
    <message>
        <source>Send the change again, with the record as it is now (correct the record first)</source>
        <translation>De wijziging opnieuw versturen, met het dossier zoals het nu is (verbeter het eerst)</translation>
    </message>
    <message>
        <source>Re-submit &amp;all</source>
        <translation>&amp;Alles opnieuw indienen</translation>
    </message>
    <message>
        <source>Why discard this change? (audit log)</source>
        <translation>Waarom deze wijziging schrappen? (auditlog)</translation>
    </message>
    <message>
        <source>Reason for discarding</source>
        <translation>Reden om te schrappen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Schrappen</translation>
    </message>
    <message>
        <source>Drop the change; the record goes back to the case store's version</source>
        <translation>De wijziging schrappen; het dossier krijgt terug de versie van de dossierserver</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Gegevens &amp;openen</translation>
    </message>
    <message>
        <source>The case store refused none of the changes made on this laptop.</source>
        <translation>De dossierserver weigerde geen enkele wijziging van deze laptop.</translation>
    </message>
    <message>
        <source>Your role may not make this change, or the record is outside your caseload.</source>
        <translation>Uw rol mag deze wijziging niet doen, of het dossier valt buiten uw caseload.</translation>
    </message>
    <message>
        <source>Ask a coordinator to make the change; then discard it here.</source>
        <translation>Vraag een coördinator om de wijziging te doen; schrap ze daarna hier.</translation>
    </message>
    <message>
        <source>This record is history and cannot be changed.</source>
        <translation>Dit gegeven is geschiedenis en kan niet gewijzigd worden.</translation>
    </message>
    <message>
        <source>Discard the change.</source>
        <translation>Schrap de wijziging.</translation>
    </message>
    <message>
        <source>It refers to a person or case the case store does not have yet.</source>
        <translation>Ze verwijst naar een persoon of dossier dat de dossierserver nog niet heeft.</translation>
    </message>
    <message>
        <source>Re-submit the person or case it refers to first, then re-submit this one.</source>
        <translation>Dien eerst de persoon of het dossier waarnaar ze verwijst opnieuw in, daarna deze.</translation>
    </message>
    <message>
        <source>The record does not exist in the case store.</source>
        <translation>Het gegeven bestaat niet op de dossierserver.</translation>
    </message>
    <message>
        <source>Re-submit the record's creation first, then this change; or discard it.</source>
        <translation>Dien eerst de aanmaak van het gegeven opnieuw in, daarna deze wijziging; of schrap ze.</translation>
    </message>
    <message>
        <source>The case store found the data invalid.</source>
        <translation>De dossierserver vond de gegevens ongeldig.</translation>
    </message>
    <message>
        <source>Correct the record, then re-submit.</source>
        <translation>Verbeter de gegevens en dien opnieuw in.</translation>
    </message>
    <message>
        <source>The message for the citizen was not accepted (e-mail or phone number).</source>
        <translation>Het bericht voor de burger werd niet aanvaard (e-mailadres of telefoonnummer).</translation>
    </message>
    <message>
        <source>Correct the citizen's contact details, then re-submit.</source>
        <translation>Verbeter de contactgegevens van de burger en dien opnieuw in.</translation>
    </message>
    <message>
        <source>The case store does not know this kind of record.</source>
        <translation>De dossierserver kent dit soort gegeven niet.</translation>
    </message>
    <message>
        <source>Discard the change and tell the helpdesk.</source>
        <translation>Schrap de wijziging en verwittig de helpdesk.</translation>
    </message>
    <message>
        <source>Someone else changed the same record.</source>
        <translation>Iemand anders wijzigde hetzelfde gegeven.</translation>
    </message>
    <message>
        <source>Check the record, correct it where needed, then re-submit.</source>
        <translation>Controleer het gegeven, verbeter het waar nodig en dien opnieuw in.</translation>
    </message>
    <message>
        <source>The case store could not find what the change refers to.</source>
        <translation>De dossierserver vond niet waarnaar de wijziging verwijst.</translation>
    </message>
    <message>
        <source>Re-submit once the record it refers to is in the case store; or discard it.</source>
        <translation>Dien opnieuw in zodra het gegeven waarnaar ze verwijst op de dossierserver staat; of schrap ze.</translation>
    </message>
    <message>
        <source>The case store had a problem with this change.</source>
        <translation>De dossierserver had een probleem met deze wijziging.</translation>
    </message>
    <message>
        <source>Re-submit later; if it is refused again, tell the helpdesk.</source>
        <translation>Dien later opnieuw in; wordt ze opnieuw geweigerd, verwittig dan de helpdesk.</translation>
    </message>
    <message>
        <source>The case store refused this change.</source>
        <translation>De dossierserver weigerde deze wijziging.</translation>
    </message>
    <message>
        <source>Read the case store's message, correct the record, then re-submit; or discard it.</source>
        <translation>Lees het bericht van de dossierserver, verbeter het gegeven en dien opnieuw in; of schrap de wijziging.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Bericht aan de burger</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nieuw gegeven</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Wat te doen: %1</translation>
    </message>
    <message>
        <source>The change is sent again at the next synchronisation.</source>
        <translation>De wijziging wordt bij de volgende synchronisatie opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The refused changes are sent again at the next synchronisation.</source>
        <translation>De geweigerde wijzigingen worden bij de volgende synchronisatie opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>Change discarded; written to the audit log.</source>
        <translation>Wijziging geschrapt; opgenomen in het auditlog.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
</context>
<context>
    <name>ReportCoordinatorPage</name>
    <message>
        <source>Citizen reports: coordination</source>
        <translation>Meldingen: coördinatie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <source>Past 3×</source>
        <translation>3× over tijd</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Derde partij</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle open</translation>
    </message>
    <message>
        <source>Reports nobody has handled yet</source>
        <translation>Meldingen die nog niemand behandeld heeft</translation>
    </message>
    <message>
        <source>Open reports past their deadline</source>
        <translation>Open meldingen waarvan de uiterste datum verstreken is</translation>
    </message>
    <message>
        <source>Open reports past three times their term</source>
        <translation>Open meldingen die hun termijn driemaal overschrijden</translation>
    </message>
    <message>
        <source>Open reports that were reopened</source>
        <translation>Open meldingen die heropend werden</translation>
    </message>
    <message>
        <source>Reports waiting on a third party</source>
        <translation>Meldingen die op een derde partij wachten</translation>
    </message>
    <message>
        <source>Every open report</source>
        <translation>Alle open meldingen</translation>
    </message>
    <message>
        <source>Lists of reports</source>
        <translation>Lijsten van meldingen</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Categori&amp;e</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Melders</translation>
    </message>
    <message>
        <source>Reports in the list</source>
        <translation>Meldingen in de lijst</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Meer</translation>
    </message>
    <message>
        <source>More reports</source>
        <translation>Meer meldingen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>De lijst vernieuwen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Letters and calls</source>
        <translation>Brieven en oproepen</translation>
    </message>
    <message>
        <source>Queue, letters and calls</source>
        <translation>Wachtrij, brieven en oproepen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>To&amp;nen</translation>
    </message>
    <message>
        <source>Letters or calls</source>
        <translation>Brieven of oproepen</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Af te drukken brieven</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Te voeren oproepen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Phone or address</source>
        <translation>Telefoon of adres</translation>
    </message>
    <message>
        <source>Letters and calls waiting</source>
        <translation>Wachtende brieven en oproepen</translation>
    </message>
    <message>
        <source>Phone &amp;script</source>
        <translation>Bel&amp;script</translation>
    </message>
    <message>
        <source>Phone script or letter text</source>
        <translation>Belscript of brieftekst</translation>
    </message>
    <message>
        <source>&amp;Print the letters…</source>
        <translation>Brieven &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Print the letters</source>
        <translation>Brieven afdrukken</translation>
    </message>
    <message>
        <source>Ca&amp;lled</source>
        <translation>&amp;Gebeld</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Gebeld</translation>
    </message>
    <message>
        <source>U&amp;nreachable</source>
        <translation>&amp;Onbereikbaar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>Change c&amp;ategory…</source>
        <translation>C&amp;ategorie wijzigen…</translation>
    </message>
    <message>
        <source>Mo&amp;ve the point</source>
        <translation>Punt &amp;verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Route to…</source>
        <translation>&amp;Toewijzen aan…</translation>
    </message>
    <message>
        <source>Back to the r&amp;ules</source>
        <translation>Terug naar de r&amp;egels</translation>
    </message>
    <message>
        <source>For&amp;ward…</source>
        <translation>Door&amp;sturen…</translation>
    </message>
    <message>
        <source>Su&amp;b-task…</source>
        <translation>Deel&amp;taak…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>History of the report</source>
        <translation>Geschiedenis van de melding</translation>
    </message>
    <message>
        <source>Messages to the reporters</source>
        <translation>Berichten aan de melders</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Status told</source>
        <translation>Meegedeelde status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Map: the report and the open reports nearby</source>
        <translation>Kaart: de melding en de open meldingen in de buurt</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alle zones</translation>
    </message>
    <message>
        <source>Only coordinators may do this (the case store refused).</source>
        <translation>Enkel coördinatoren mogen dit doen (de dossierserver weigerde).</translation>
    </message>
    <message>
        <source>The case store does not know this report (any more): %1</source>
        <translation>De dossierserver kent deze melding niet (meer): %1</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>De dossierserver weigerde: %1</translation>
    </message>
    <message>
        <source>Tell the citizen?</source>
        <translation>De burger verwittigen?</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the reports are kept there.</source>
        <translation>Dit loket is niet verbonden met een dossierserver: de meldingen worden daar bewaard.</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Uiterste datum verstreken</translation>
    </message>
    <message>
        <source>No reports in this list.</source>
        <translation>Geen meldingen in deze lijst.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <source>Choose a report in the list.</source>
        <translation>Kies een melding in de lijst.</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>toegewezen aan %1</translation>
    </message>
    <message>
        <source>routed by hand</source>
        <translation>manueel toegewezen</translation>
    </message>
    <message>
        <source>routed by the rules</source>
        <translation>toegewezen volgens de regels</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>doorgestuurd naar %1</translation>
    </message>
    <message>
        <source>deadline %1 (3×: %2)</source>
        <translation>uiterste datum %1 (3×: %2)</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>sub-task of %1</source>
        <translation>deeltaak van %1</translation>
    </message>
    <message>
        <source>sub-tasks: %1</source>
        <translation>deeltaken: %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Gemeld door: %1</translation>
    </message>
    <message>
        <source>No reporter (anonymous).</source>
        <translation>Geen melder (anoniem).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in wachtrij</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>af te drukken</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>to call</source>
        <translation>te bellen</translation>
    </message>
    <message>
        <source>called</source>
        <translation>gebeld</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>No messages to the reporters yet.</source>
        <translation>Nog geen berichten aan de melders.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source> (the citizen is told)</source>
        <translation> (de burger krijgt bericht)</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>De status wijzigen</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Nieuwe status</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>%1 cannot follow %2.</source>
        <translation>%1 kan niet volgen op %2.</translation>
    </message>
    <message>
        <source>%1 reporter(s) will be told that the report is now “%2” (by %3). Go on?</source>
        <translation>Melders die bericht krijgen dat de melding nu “%2” is (via %3): %1. Doorgaan?</translation>
    </message>
    <message>
        <source>The status is now %1.</source>
        <translation>De status is nu %1.</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>De categorie wijzigen</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>The department, the term and the deadlines follow the category.</source>
        <translation>De dienst, de termijn en de uiterste data volgen uit de categorie.</translation>
    </message>
    <message>
        <source>The category is now %1.</source>
        <translation>De categorie is nu %1.</translation>
    </message>
    <message>
        <source>Click the report's right place on the map.</source>
        <translation>Klik op de kaart op de juiste plaats van de melding.</translation>
    </message>
    <message>
        <source>This point lies outside the city. Move the report there anyway?</source>
        <translation>Dit punt ligt buiten de stad. De melding toch daarheen verplaatsen?</translation>
    </message>
    <message>
        <source>The report was moved.</source>
        <translation>De melding werd verplaatst.</translation>
    </message>
    <message>
        <source>Route the report</source>
        <translation>De melding toewijzen</translation>
    </message>
    <message>
        <source>&amp;Person (user name, optional)</source>
        <translation>&amp;Persoon (gebruikersnaam, optioneel)</translation>
    </message>
    <message>
        <source>Chosen by hand: the routing rules leave this report alone until you send it back to them.</source>
        <translation>Manueel gekozen: de toewijzingsregels laten deze melding met rust tot u ze er weer aan overlaat.</translation>
    </message>
    <message>
        <source>A user name has only letters, digits and . _ @ - (at most 100).</source>
        <translation>Een gebruikersnaam bevat enkel letters, cijfers en . _ @ - (hoogstens 100).</translation>
    </message>
    <message>
        <source>Routed to %1 by hand.</source>
        <translation>Manueel toegewezen aan %1.</translation>
    </message>
    <message>
        <source>The routing rules apply again.</source>
        <translation>De toewijzingsregels gelden opnieuw.</translation>
    </message>
    <message>
        <source>Forward to an external party</source>
        <translation>Doorsturen naar een externe partij</translation>
    </message>
    <message>
        <source>&amp;Party (Fluvius, De Watergroep, …)</source>
        <translation>&amp;Partij (Fluvius, De Watergroep, …)</translation>
    </message>
    <message>
        <source>The reporters will be told the report waits for %1. Go on?</source>
        <translation>De melders krijgen bericht dat de melding op %1 wacht. Doorgaan?</translation>
    </message>
    <message>
        <source>Forwarded to %1.</source>
        <translation>Doorgestuurd naar %1.</translation>
    </message>
    <message>
        <source>A sub-task for another department</source>
        <translation>Een deeltaak voor een andere dienst</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;Wat moet er gebeuren</translation>
    </message>
    <message>
        <source>The sub-task was made.</source>
        <translation>De deeltaak werd aangemaakt.</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Niets in afwachting.</translation>
    </message>
    <message>
        <source>Marked as called.</source>
        <translation>Aangeduid als gebeld.</translation>
    </message>
    <message>
        <source>Marked as unreachable.</source>
        <translation>Aangeduid als onbereikbaar.</translation>
    </message>
    <message>
        <source>This desk cannot make the letters yet; they are listed here to print by hand.</source>
        <translation>Dit loket kan de brieven nog niet maken; ze staan hier om met de hand af te drukken.</translation>
    </message>
    <message>
        <source>Not printable: %1</source>
        <translation>Niet af te drukken: %1</translation>
    </message>
    <message>
        <source>%1 letter(s) printed.</source>
        <translation>Brieven afgedrukt: %1.</translation>
    </message>
    <message>
        <source>Letters about reports</source>
        <translation>Brieven over meldingen</translation>
    </message>
</context>
<context>
    <name>ReportDashboardPage</name>
    <message>
        <source>Citizen reports: dashboard</source>
        <translation>Meldingen: dashboard</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Pe&amp;riode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Andere dagen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>V&amp;an</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Tot &amp;en met</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>De&amp;finitions</source>
        <translation>De&amp;finities</translation>
    </message>
    <message>
        <source>Show the definitions of the figures</source>
        <translation>De definities van de cijfers tonen</translation>
    </message>
    <message>
        <source>Show or hide how each figure is counted (more room for the charts)</source>
        <translation>Tonen of verbergen hoe elk cijfer geteld wordt (meer plaats voor de grafieken)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>To&amp;nen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Tabel exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Tabel exporteren als CSV</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>Exporteren als P&amp;NG…</translation>
    </message>
    <message>
        <source>Export chart or map as PNG</source>
        <translation>Grafiek of kaart exporteren als PNG</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Per categorie</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Per dienst</translation>
    </message>
    <message>
        <source>Per zone</source>
        <translation>Per zone</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Kanaalmix</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Engaged citizens</source>
        <translation>Betrokken burgers</translation>
    </message>
    <message>
        <source>Residents of a zone</source>
        <translation>Bewoners van een zone</translation>
    </message>
    <message>
        <source>Dashboard views</source>
        <translation>Weergaven van het dashboard</translation>
    </message>
    <message>
        <source>Map of the reports: heat and zones</source>
        <translation>Kaart van de meldingen: dichtheid en zones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Solved within term</source>
        <translation>Opgelost binnen termijn</translation>
    </message>
    <message>
        <source>Median lead time (days)</source>
        <translation>Mediane doorlooptijd (dagen)</translation>
    </message>
    <message>
        <source>Reports per %1</source>
        <translation type="vanished">Meldingen per %1</translation>
    </message>
    <message>
        <source>Chart of the reports per %1</source>
        <translation type="vanished">Grafiek van de meldingen per %1</translation>
    </message>
    <message>
        <source>Hotspots &amp;by</source>
        <translation>&amp;Hotspots volgens</translation>
    </message>
    <message>
        <source>Hotspots by</source>
        <translation>Hotspots volgens</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Waar of wat</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Chart of the hotspots</source>
        <translation>Grafiek van de hotspots</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Digital share</source>
        <translation>Digitaal aandeel</translation>
    </message>
    <message>
        <source>Channel mix per month</source>
        <translation>Kanaalmix per maand</translation>
    </message>
    <message>
        <source>Chart of the channel mix per month</source>
        <translation>Grafiek van de kanaalmix per maand</translation>
    </message>
    <message>
        <source>Every view of this list is logged with your name (privacy).</source>
        <translation>Elke raadpleging van deze lijst wordt met uw naam gelogd (privacy).</translation>
    </message>
    <message>
        <source>Reporters with two or more reports on one category or in one zone within the period, who agreed to be contacted again. </source>
        <translation>Melders met twee of meer meldingen over één categorie of in één zone binnen de periode, die ermee instemden opnieuw gecontacteerd te worden. </translation>
    </message>
    <message>
        <source>The persons whose address lies in the zone or the drawn area. </source>
        <translation>De personen van wie het adres in de zone of het getekende gebied ligt. </translation>
    </message>
    <message>
        <source>&amp;Minimum reports</source>
        <translation>&amp;Minimum meldingen</translation>
    </message>
    <message>
        <source>Minimum reports</source>
        <translation>Minimum meldingen</translation>
    </message>
    <message>
        <source>Show &amp;engaged citizens</source>
        <translation>B&amp;etrokken burgers tonen</translation>
    </message>
    <message>
        <source>Show engaged citizens</source>
        <translation>Betrokken burgers tonen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Their reports</source>
        <translation>Hun meldingen</translation>
    </message>
    <message>
        <source>Zo&amp;ne</source>
        <translation>Zo&amp;ne</translation>
    </message>
    <message>
        <source>Zone of the residents</source>
        <translation>Zone van de bewoners</translation>
    </message>
    <message>
        <source>Residents of the &amp;zone</source>
        <translation>Bewoners van de &amp;zone</translation>
    </message>
    <message>
        <source>Residents of the zone</source>
        <translation>Bewoners van de zone</translation>
    </message>
    <message>
        <source>Residents of the dra&amp;wn area</source>
        <translation>Bewoners van het &amp;getekende gebied</translation>
    </message>
    <message>
        <source>Residents of the drawn area</source>
        <translation>Bewoners van het getekende gebied</translation>
    </message>
    <message>
        <source>C&amp;lear the area</source>
        <translation>Gebied &amp;wissen</translation>
    </message>
    <message>
        <source>Clear the drawn area</source>
        <translation>Het getekende gebied wissen</translation>
    </message>
    <message>
        <source>Or click on the map to draw an area: each click adds a corner (at least three).</source>
        <translation>Of klik op de kaart om een gebied te tekenen: elke klik voegt een hoek toe (minstens drie).</translation>
    </message>
    <message>
        <source>Map to draw an area on</source>
        <translation>Kaart om een gebied op te tekenen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitaal</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle diensten</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alle zones</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose the days again.</source>
        <translation>De periode eindigt voor ze begint: kies de dagen opnieuw.</translation>
    </message>
    <message>
        <source>Choose at most %1 days at a time.</source>
        <translation>Kies hoogstens %1 dagen tegelijk.</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the dashboard's figures are kept there.</source>
        <translation>Dit loket is niet verbonden met een dossierserver: de cijfers van het dashboard worden daar bewaard.</translation>
    </message>
    <message>
        <source>Your role may not see this (the case store refused).</source>
        <translation>Uw rol mag dit niet zien (de dossierserver weigerde).</translation>
    </message>
    <message>
        <source>The case store does not know this request yet (an older version?).</source>
        <translation>De dossierserver kent deze vraag nog niet (een oudere versie?).</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>De dossierserver weigerde: %1</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Cijfers laden…</translation>
    </message>
    <message>
        <source>The case store does not give this figure.</source>
        <translation>De dossierserver geeft dit cijfer niet.</translation>
    </message>
    <message>
        <source>Within term, of those solved in the period (%1 of %2)</source>
        <translation>Binnen termijn, van de meldingen opgelost in de periode (%1 van %2)</translation>
    </message>
    <message>
        <source>Within term, of those reported in the period (%1 of %2)</source>
        <translation>Binnen termijn, van de meldingen gemeld in de periode (%1 van %2)</translation>
    </message>
    <message>
        <source>Within ten working days, of those solved in the period (%1 of %2)</source>
        <translation>Binnen tien werkdagen, van de meldingen opgelost in de periode (%1 van %2)</translation>
    </message>
    <message>
        <source>Within ten working days, of those reported in the period (%1 of %2)</source>
        <translation>Binnen tien werkdagen, van de meldingen gemeld in de periode (%1 van %2)</translation>
    </message>
    <message>
        <source>Lead time in days: median / 90th percentile</source>
        <translation>Doorlooptijd in dagen: mediaan / 90e percentiel</translation>
    </message>
    <message>
        <source>Of the reports solved in the period. %1 reported in the period: %2 closed, %3 open.</source>
        <translation>Van de meldingen opgelost in de periode. In de periode gemeld: %1, waarvan %2 afgesloten en %3 open.</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Geen meldingen in deze periode.</translation>
    </message>
    <message>
        <source>Reports: the %1 largest</source>
        <translation>Meldingen: de %1 grootste</translation>
    </message>
    <message>
        <source>Hotspots: this period against the previous one</source>
        <translation>Hotspots: deze periode tegenover de vorige</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>Geen contacten in deze periode.</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Doel %1 %</translation>
    </message>
    <message>
        <source>Channel mix per month (%) against the target %1</source>
        <translation>Kanaalmix per maand (%) tegenover het doel %1</translation>
    </message>
    <message>
        <source>Loading the engaged citizens…</source>
        <translation>Betrokken burgers laden…</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Nobody reported twice or more on one topic in this period.</source>
        <translation>Niemand meldde in deze periode twee keer of vaker over één onderwerp.</translation>
    </message>
    <message>
        <source>Drawn area</source>
        <translation>Getekend gebied</translation>
    </message>
    <message>
        <source>Click at least three corners on the map first.</source>
        <translation>Klik eerst minstens drie hoeken op de kaart aan.</translation>
    </message>
    <message>
        <source>Choose a zone first.</source>
        <translation>Kies eerst een zone.</translation>
    </message>
    <message>
        <source>Looking up the residents…</source>
        <translation>Bewoners opzoeken…</translation>
    </message>
    <message>
        <source>Nobody lives there according to the register.</source>
        <translation>Volgens het register woont daar niemand.</translation>
    </message>
    <message>
        <source>%1 residents.</source>
        <translation>Bewoners: %1.</translation>
    </message>
    <message>
        <source>%1 residents, the first %2 shown.</source>
        <translation>Bewoners: %1, de eerste %2 getoond.</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>De tabel exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporteren als PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>Closed by the deadline. Open and cancelled reports and sub-tasks not counted.</source>
        <translation>Afgesloten tegen de uiterste datum. Open en geannuleerde meldingen en deeltaken niet meegeteld.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the share closed on or before their deadline. Open and cancelled reports and sub-tasks are not counted.</source>
        <translation>Van de meldingen opgelost in de periode (volgens hun afsluitdatum): het aandeel dat uiterlijk op de uiterste datum werd afgesloten. Open en geannuleerde meldingen en deeltaken worden niet meegeteld.</translation>
    </message>
    <message>
        <source>Closed within ten working days of reporting. Open, cancelled and sub-tasks not counted.</source>
        <translation>Afgesloten binnen tien werkdagen na de melding. Open en geannuleerde meldingen en deeltaken niet meegeteld.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the share closed within ten working days of being reported (weekends and Belgian public holidays skipped). Open and cancelled reports and sub-tasks are not counted.</source>
        <translation>Van de meldingen opgelost in de periode (volgens hun afsluitdatum): het aandeel dat binnen tien werkdagen na de melding werd afgesloten (weekends en Belgische feestdagen niet meegerekend). Open en geannuleerde meldingen en deeltaken worden niet meegeteld.</translation>
    </message>
    <message>
        <source>As known today; an open report past its deadline counts as late.</source>
        <translation>Stand van vandaag; een open melding voorbij de uiterste datum telt als te laat.</translation>
    </message>
    <message>
        <source>Of the reports made in the period, as known today: solved ones count, in time when closed on or before their deadline; an open report past its deadline counts as late; an open report not yet due, cancelled reports and sub-tasks are left out.</source>
        <translation>Van de meldingen gedaan in de periode, stand van vandaag: opgeloste tellen mee, op tijd als ze uiterlijk op de uiterste datum werden afgesloten; een open melding voorbij de uiterste datum telt als te laat; een open melding waarvan de uiterste datum nog niet bereikt is, geannuleerde meldingen en deeltaken blijven buiten beschouwing.</translation>
    </message>
    <message>
        <source>As known today; an open report older than ten working days counts as late.</source>
        <translation>Stand van vandaag; een open melding ouder dan tien werkdagen telt als te laat.</translation>
    </message>
    <message>
        <source>Of the reports made in the period, as known today: solved ones count, in time when closed within ten working days; an open report more than ten working days old counts as late; an open report not yet ten working days old, cancelled reports and sub-tasks are left out.</source>
        <translation>Van de meldingen gedaan in de periode, stand van vandaag: opgeloste tellen mee, op tijd als ze binnen tien werkdagen werden afgesloten; een open melding ouder dan tien werkdagen telt als te laat; een open melding van nog geen tien werkdagen oud, geannuleerde meldingen en deeltaken blijven buiten beschouwing.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the time from reported to closed, in days; the median and the 90th percentile.</source>
        <translation>Van de meldingen opgelost in de periode (volgens hun afsluitdatum): de tijd van melding tot afsluiting, in dagen; de mediaan en het 90e percentiel.</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Meldingen per categorie</translation>
    </message>
    <message>
        <source>Reports per department</source>
        <translation>Meldingen per dienst</translation>
    </message>
    <message>
        <source>Reports per zone</source>
        <translation>Meldingen per zone</translation>
    </message>
    <message>
        <source>Chart of the reports per category</source>
        <translation>Grafiek van de meldingen per categorie</translation>
    </message>
    <message>
        <source>Chart of the reports per department</source>
        <translation>Grafiek van de meldingen per dienst</translation>
    </message>
    <message>
        <source>Chart of the reports per zone</source>
        <translation>Grafiek van de meldingen per zone</translation>
    </message>
</context>
<context>
    <name>ReportIntakePage</name>
    <message>
        <source>Citizen report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Find category</source>
        <translation>Categorie &amp;zoeken</translation>
    </message>
    <message>
        <source>Type a word: litter, pavement, lamp…</source>
        <translation>Typ een woord: zwerfvuil, voetpad, straatlamp…</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gorie</translation>
    </message>
    <message>
        <source>S&amp;ub-category</source>
        <translation>S&amp;ubcategorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto's</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation>Een foto uit een bestand toevoegen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Geen camera</translation>
    </message>
    <message>
        <source>Take a photo with %1</source>
        <translation>Een foto nemen met %1</translation>
    </message>
    <message>
        <source>This laptop has no camera Loket can use.</source>
        <translation>Deze laptop heeft geen camera die Loket kan gebruiken.</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Scan a photo or document (SANE scanimage)</source>
        <translation>Een foto of document scannen (SANE scanimage)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Street and number, or pick a point on the map</source>
        <translation>Straat en nummer, of kies een punt op de kaart</translation>
    </message>
    <message>
        <source>Came in &amp;by</source>
        <translation>Binnengekomen &amp;via</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation>Bezoek ter plaatse</translation>
    </message>
    <message>
        <source>Who reports it</source>
        <translation>Wie meldt het</translation>
    </message>
    <message>
        <source>The citizen on screen</source>
        <translation>De burger op het scherm</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>First &amp;name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <source>Tell the outcome b&amp;y</source>
        <translation>Resultaat &amp;melden via</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Geen bericht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>May be contacted again about this topic (consent)</source>
        <translation>Mag hierover opnieuw gecontacteerd worden (toestemming)</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>Melding &amp;bewaren</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>&amp;Me too: add the citizen to this report</source>
        <translation>&amp;Ik ook: de burger aan deze melding toevoegen</translation>
    </message>
    <message>
        <source>Open reports of this category within 50 m of the last 12 weeks appear here.</source>
        <translation>Open meldingen van deze categorie binnen 50 m uit de laatste 12 weken verschijnen hier.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbels</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Mijn meldingen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <source>The citizen on screen: %1</source>
        <translation>De burger op het scherm: %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Foto's toevoegen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Afbeeldingen (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>This photo is in the report already.</source>
        <translation>Deze foto zit al in de melding.</translation>
    </message>
    <message>
        <source>The place was taken from the photo.</source>
        <translation>De plaats werd uit de foto gehaald.</translation>
    </message>
    <message>
        <source>The scanner gave no image (is it connected and switched on?).</source>
        <translation>De scanner gaf geen beeld (is hij aangesloten en ingeschakeld?).</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scannen…</translation>
    </message>
    <message>
        <source>That address is not in the city's register: pick the point on the map.</source>
        <translation>Dat adres staat niet in het adressenregister van de stad: kies het punt op de kaart.</translation>
    </message>
    <message>
        <source>No place yet: a photo with its location, an address, or a click on the map.</source>
        <translation>Nog geen plaats: een foto met locatie, een adres of een klik op de kaart.</translation>
    </message>
    <message>
        <source>from the photo</source>
        <translation>uit de foto</translation>
    </message>
    <message>
        <source>from the address</source>
        <translation>uit het adres</translation>
    </message>
    <message>
        <source>picked on the map</source>
        <translation>gekozen op de kaart</translation>
    </message>
    <message>
        <source>Place %1 (%2)</source>
        <translation>Plaats %1 (%2)</translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation>buiten de stad</translation>
    </message>
    <message numerus="yes">
        <source>%n open report(s) of this category nearby: is it the same? Then choose it and "Me too".</source>
        <translation>
            <numerusform>%n open melding van deze categorie in de buurt: gaat het om dezelfde? Kies ze dan en klik op "Ik ook".</numerusform>
            <numerusform>%n open meldingen van deze categorie in de buurt: gaat het om een ervan? Kies die dan en klik op "Ik ook".</numerusform>
        </translation>
    </message>
    <message>
        <source>No open report of this category within 50 m of the last 12 weeks.</source>
        <translation>Geen open melding van deze categorie binnen 50 m uit de laatste 12 weken.</translation>
    </message>
    <message>
        <source>An anonymous citizen is not told of the outcome nor asked again.</source>
        <translation>Een anonieme burger krijgt geen bericht over het resultaat en wordt niet opnieuw gecontacteerd.</translation>
    </message>
    <message>
        <source>Needed to list the citizen among the city's engaged citizens.</source>
        <translation>Nodig om de burger op te nemen bij de betrokken burgers van de stad.</translation>
    </message>
    <message>
        <source>Your role cannot take citizen reports; the case store would refuse them.</source>
        <translation>Uw rol kan geen meldingen opnemen; de dossierserver zou ze weigeren.</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>Buiten de stad</translation>
    </message>
    <message>
        <source>This place lies outside the city. Is the report really about it?</source>
        <translation>Deze plaats ligt buiten de stad. Gaat de melding er echt over?</translation>
    </message>
    <message>
        <source>&amp;Yes, save it</source>
        <translation>&amp;Ja, bewaren</translation>
    </message>
    <message>
        <source>&amp;No, choose another place</source>
        <translation>&amp;Nee, een andere plaats kiezen</translation>
    </message>
    <message>
        <source>Added to report %1 (me too). Intake number %2.</source>
        <translation>Toegevoegd aan melding %1 (ik ook). Ontvangstnummer %2.</translation>
    </message>
    <message>
        <source>Report saved: %1.</source>
        <translation>Melding bewaard: %1.</translation>
    </message>
    <message>
        <source>Report saved with intake number %1; its reference follows after the next sync.</source>
        <translation>Melding bewaard met ontvangstnummer %1; de referentie volgt na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>wacht op synchronisatie</translation>
    </message>
    <message>
        <source>with the city</source>
        <translation>bij de stad</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Type at least two letters or digits: name, national number, address or case number.</source>
        <translation>Typ minstens twee letters of cijfers: naam, rijksregisternummer, adres of dossiernummer.</translation>
    </message>
    <message>
        <source>No person or case matches “%1”.</source>
        <translation>Geen persoon of dossier gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>Many matches — type more to narrow down (↓ to choose, Enter to open)</source>
        <translation>Veel resultaten — typ verder om te verfijnen (↓ kiezen, Enter openen)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) — ↓ to choose, Enter to open</source>
        <translation>
            <numerusform>%n resultaten — ↓ om te kiezen, Enter om te openen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopMeasuresPage</name>
    <message>
        <source>Shop measures</source>
        <translation>Meetcijfers vestiging</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Vestiging</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Pe&amp;riode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Andere dagen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>V&amp;an</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Tot &amp;en met</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>To&amp;nen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>Export chart as P&amp;NG…</source>
        <translation>Grafiek als PN&amp;G exporteren…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Grafiek als PNG exporteren</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Gra&amp;fiek</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Visits per hour</source>
        <translation>Bezoeken per uur</translation>
    </message>
    <message>
        <source>Median waiting time per hour</source>
        <translation>Mediane wachttijd per uur</translation>
    </message>
    <message>
        <source>Waiting time (90th percentile) per hour</source>
        <translation>Wachttijd (90e percentiel) per uur</translation>
    </message>
    <message>
        <source>Median service time per hour</source>
        <translation>Mediane behandeltijd per uur</translation>
    </message>
    <message>
        <source>Chart per hour</source>
        <translation>Grafiek per uur</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Per dienst</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Spontaan</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Geholpen</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>% afwezig</translation>
    </message>
    <message>
        <source>Waiting median</source>
        <translation>Wachttijd mediaan</translation>
    </message>
    <message>
        <source>Waiting p90</source>
        <translation>Wachttijd p90</translation>
    </message>
    <message>
        <source>Service median</source>
        <translation>Duur mediaan</translation>
    </message>
    <message>
        <source>Service p90</source>
        <translation>Duur p90</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Measures per service</source>
        <translation>Meetcijfers per dienst</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Measures per hour</source>
        <translation>Meetcijfers per uur</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Measures per day</source>
        <translation>Meetcijfers per dag</translation>
    </message>
    <message>
        <source>Only coordinators and administrators see the shop's measures.</source>
        <translation>Enkel coördinatoren en beheerders zien de meetcijfers van de vestiging.</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>De dossierserver weigerde: %1</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the shop's measures are kept there.</source>
        <translation>Deze laptop is niet verbonden met een dossierserver: daar staan de meetcijfers van de vestiging.</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose the days again.</source>
        <translation>De periode eindigt voor ze begint: kies de dagen opnieuw.</translation>
    </message>
    <message>
        <source>Choose at most %1 days at a time.</source>
        <translation>Kies hoogstens %1 dagen tegelijk.</translation>
    </message>
    <message>
        <source>Loading the measures…</source>
        <translation>Meetcijfers laden…</translation>
    </message>
    <message>
        <source>%1 visits (%2 a day)</source>
        <translation>%1 bezoeken (%2 per dag)</translation>
    </message>
    <message>
        <source>waiting time median %1, 90 %: %2</source>
        <translation>wachttijd mediaan %1, 90 %: %2</translation>
    </message>
    <message>
        <source>service time median %1, 90 %: %2</source>
        <translation>behandeltijd mediaan %1, 90 %: %2</translation>
    </message>
    <message>
        <source>no-shows %1</source>
        <translation>niet gekomen %1</translation>
    </message>
    <message>
        <source>appointments %1 of the visits</source>
        <translation>afspraken %1 van de bezoeken</translation>
    </message>
    <message>
        <source>Export the measures as CSV</source>
        <translation>Meetcijfers als CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Grafiek als PNG exporteren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Bewaard als %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet geschreven worden: %1</translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message>
        <source>The case store cannot be reached: the queue is kept at reception; calls wait until it is back.</source>
        <translation>De dossierserver is niet bereikbaar: het onthaal houdt de wachtrij bij; oproepen wachten tot hij terug is.</translation>
    </message>
    <message>
        <source>This service has no numbers for tickets issued without the case store; send the citizen to the desk directly.</source>
        <translation>Deze dienst heeft geen nummers voor tickets zonder dossierserver; stuur de burger rechtstreeks naar de balie.</translation>
    </message>
    <message>
        <source>Another desk was first: %1</source>
        <translation type="vanished">Een andere balie was eerst: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Another desk was first: this ticket has moved on meanwhile.</source>
        <translation>Een andere balie was eerst: dit ticket is intussen al verder behandeld.</translation>
    </message>
    <message>
        <source>This ticket was called the most times allowed already: mark it as not shown up, or park it.</source>
        <translation>Dit ticket is al zo vaak opgeroepen als toegestaan: duid het aan als niet gekomen, of zet het in wacht.</translation>
    </message>
    <message>
        <source>The queue is too busy right now; call again.</source>
        <translation>De wachtrij is nu te druk; roep opnieuw op.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Loket — locked</source>
        <translation>Loket — vergrendeld</translation>
    </message>
    <message>
        <source>Loket — sign in</source>
        <translation>Loket — aanmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Aanmeldbericht</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The screen is locked. Enter your password.</source>
        <translation>Het scherm is vergrendeld. Geef uw wachtwoord in.</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Meld u aan met uw personeelsaccount.</translation>
    </message>
    <message>
        <source>No case store is set for this laptop: only an account that signed in here before can sign in, and nothing will sync until a server is set.</source>
        <translation>Voor deze laptop is geen dossierserver ingesteld: alleen een account dat hier al eerder aanmeldde, kan aanmelden, en er wordt niets gesynchroniseerd tot er een server is ingesteld.</translation>
    </message>
    <message>
        <source>No case store</source>
        <translation>Geen dossierserver</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geef uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Text for the citizen</source>
        <translation>Tekst voor de burger</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Nieuwe &amp;status:</translation>
    </message>
    <message>
        <source>&amp;Text for the citizen:</source>
        <translation>&amp;Tekst voor de burger:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The citizen is notified of this status.</source>
        <translation>De burger krijgt bericht van deze status.</translation>
    </message>
    <message>
        <source>No notification is sent for this status.</source>
        <translation>Voor deze status wordt geen bericht verstuurd.</translation>
    </message>
    <message>
        <source>&amp;Reason for the decision:</source>
        <translation>&amp;Reden van de beslissing:</translation>
    </message>
    <message>
        <source>&amp;What is still missing (one per line):</source>
        <translation>&amp;Wat nog ontbreekt (één per regel):</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reden van de beslissing</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Wat nog ontbreekt</translation>
    </message>
    <message>
        <source>Give the reason: the letter to the citizen prints it.</source>
        <translation>Geef de reden op: de brief aan de burger vermeldt ze.</translation>
    </message>
    <message>
        <source>List what is still missing: the letter to the citizen prints it.</source>
        <translation>Som op wat nog ontbreekt: de brief aan de burger vermeldt het.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synchronisation status</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Synchronisatie: …</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>gesynchroniseerd</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchroniseren…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>sync problem</source>
        <translation>probleem met synchronisatie</translation>
    </message>
    <message>
        <source>laptop withdrawn</source>
        <translation>laptop ingetrokken</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>laatst %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict(en) op te lossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the conflicts and the changes the case store refused</source>
        <translation>Klik om de conflicten en de door de dossierserver geweigerde wijzigingen te zien</translation>
    </message>
    <message>
        <source>Click or press F5 to synchronise now</source>
        <translation>Klik of druk F5 om nu te synchroniseren</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>at the counter</source>
        <translation>aan het loket</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digitaal</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
</context>
<context>
    <name>demo cards</name>
    <message>
        <source>Belgian citizen (applet 1.8, NL)</source>
        <translation>Belgische burger (applet 1.8, NL)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.8, FR)</source>
        <translation>Belgische burger (applet 1.8, FR)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.8, DE)</source>
        <translation>Belgische burger (applet 1.8, DE)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.7)</source>
        <translation>Belgische burger (applet 1.7)</translation>
    </message>
    <message>
        <source>Foreigner card A</source>
        <translation>Vreemdelingenkaart A</translation>
    </message>
    <message>
        <source>EU citizen card</source>
        <translation>Kaart EU-burger</translation>
    </message>
    <message>
        <source>Kids card</source>
        <translation>Kids-ID</translation>
    </message>
    <message>
        <source>Birth date: year only</source>
        <translation>Geboortedatum: enkel het jaar</translation>
    </message>
    <message>
        <source>Tampered card (identity altered)</source>
        <translation>Vervalste kaart (identiteit gewijzigd)</translation>
    </message>
    <message>
        <source>Tampered card (photo altered)</source>
        <translation>Vervalste kaart (foto gewijzigd)</translation>
    </message>
    <message>
        <source>Card not activated</source>
        <translation>Kaart niet geactiveerd</translation>
    </message>
    <message>
        <source>Not an eID (bank card)</source>
        <translation>Geen eID (bankkaart)</translation>
    </message>
    <message>
        <source>Specimen Alice (public test card)</source>
        <translation>Specimen Alice (publieke testkaart)</translation>
    </message>
    <message>
        <source>Specimen Nora (public EC test card)</source>
        <translation>Specimen Nora (publieke EC-testkaart)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Document preview</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save with the case</source>
        <translation>Bij het dossier bewaren</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Documentpagina's</translation>
    </message>
    <message>
        <source>No preview on this laptop: </source>
        <translation>Geen voorbeeld op deze laptop: </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet gestart worden.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 afdrukken</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Voorbereid</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Af te drukken brieven</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Te voeren oproepen</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Alles afdrukken…</translation>
    </message>
    <message>
        <source>Mark selected call done</source>
        <translation>Geselecteerde oproep als gedaan markeren</translation>
    </message>
    <message>
        <source>letters to print</source>
        <translation>af te drukken brieven</translation>
    </message>
    <message>
        <source>calls to make</source>
        <translation>te voeren oproepen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ontvangstbewijs</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Dossieroverzicht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Afgedrukt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Saved with the case.</source>
        <translation>Bij het dossier bewaard.</translation>
    </message>
    <message>
        <source>Citizen signs…</source>
        <translation>Burger tekent…</translation>
    </message>
    <message>
        <source>Let the citizen sign the receipt</source>
        <translation>Laat de burger het ontvangstbewijs tekenen</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Handtekeningveld</translation>
    </message>
    <message>
        <source>The citizen signs here with a pen or the mouse.</source>
        <translation>De burger tekent hier met pen of muis.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Sign in the white area.</source>
        <translation>Teken in het witte vak.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>eid</name>
    <message>
        <source>The birth date on the card is in an unknown format.</source>
        <translation>De geboortedatum op de kaart heeft een onbekend formaat.</translation>
    </message>
    <message>
        <source>The identity card could not be read.</source>
        <translation>De identiteitskaart kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>The smart card service is not running. Start the PC/SC service (pcscd) or ask IT support, then try again.</source>
        <translation>De chipkaartdienst draait niet. Start de PC/SC-dienst (pcscd) of vraag het aan de IT-dienst en probeer opnieuw.</translation>
    </message>
    <message>
        <source>No card reader found. Connect the card reader and try again.</source>
        <translation>Geen kaartlezer gevonden. Sluit de kaartlezer aan en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The card reader is no longer available (unplugged?). Reconnect the reader and try again.</source>
        <translation>De kaartlezer is niet meer beschikbaar (losgekoppeld?). Sluit de lezer opnieuw aan en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The card reader is in use by another program. Close it and try again.</source>
        <translation>De kaartlezer wordt door een ander programma gebruikt. Sluit dat programma en probeer opnieuw.</translation>
    </message>
    <message>
        <source>No card in the reader. Insert the identity card (chip first, facing up).</source>
        <translation>Geen kaart in de lezer. Steek de identiteitskaart in (chip eerst, naar boven).</translation>
    </message>
    <message>
        <source>The card was removed while it was being read. Put the card back and leave it in the reader until reading is finished.</source>
        <translation>De kaart werd verwijderd tijdens het lezen. Steek de kaart terug in en laat ze in de lezer tot het lezen klaar is.</translation>
    </message>
    <message>
        <source>This identity card has not been activated yet (cards issued by an embassy or consulate stay inactive until activated). Refer the citizen to the population service to activate the card.</source>
        <translation>Deze identiteitskaart is nog niet geactiveerd (kaarten van een ambassade of consulaat blijven inactief tot ze geactiveerd zijn). Verwijs de burger naar de dienst bevolking om de kaart te activeren.</translation>
    </message>
    <message>
        <source>This card is not a Belgian electronic identity card. Check that the right card is in the reader.</source>
        <translation>Deze kaart is geen Belgische elektronische identiteitskaart. Controleer of de juiste kaart in de lezer zit.</translation>
    </message>
    <message>
        <source>The card could not be read. Take the card out, clean the chip if needed, insert it again and retry.</source>
        <translation>De kaart kon niet gelezen worden. Neem de kaart uit, reinig zo nodig de chip, steek ze opnieuw in en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The data on the card is damaged or in an unknown format.</source>
        <translation>De gegevens op de kaart zijn beschadigd of in een onbekend formaat.</translation>
    </message>
    <message>
        <source>This is not a national number: it must have 11 digits (for example 85.07.30-033.61).</source>
        <translation>Dit is geen rijksregisternummer: het moet 11 cijfers hebben (bijvoorbeeld 85.07.30-033.61).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>De kaart kon niet gelezen worden. Neem ze uit en steek ze opnieuw in.</translation>
    </message>
    <message>
        <source>Some fields need attention; see the messages next to them.</source>
        <translation>Enkele velden vragen aandacht; zie de berichten ernaast.</translation>
    </message>
    <message>
        <source>Your role may not make this change; the case store would refuse it. Nothing was saved.</source>
        <translation>Uw rol mag deze wijziging niet doen; de dossierserver zou ze weigeren. Er werd niets bewaard.</translation>
    </message>
    <message>
        <source>This change is no longer in the outbox (already discarded or re-submitted).</source>
        <translation>Deze wijziging staat niet meer in de wachtrij (al geschrapt of opnieuw ingediend).</translation>
    </message>
    <message>
        <source>Only changes the case store refused can be re-submitted or discarded.</source>
        <translation>Enkel wijzigingen die de dossierserver weigerde, kunnen opnieuw ingediend of geschrapt worden.</translation>
    </message>
    <message>
        <source>Give a reason for discarding the change (it is written to the audit log).</source>
        <translation>Geef een reden om de wijziging te schrappen (ze wordt in het auditlog opgenomen).</translation>
    </message>
    <message>
        <source>The record is no longer on this laptop; the change can only be discarded.</source>
        <translation>Het gegeven staat niet meer op deze laptop; de wijziging kan enkel geschrapt worden.</translation>
    </message>
    <message>
        <source>Records under it were already accepted by the case store; it cannot be discarded here. Ask a coordinator.</source>
        <translation>Gegevens eronder werden al door de dossierserver aanvaard; schrappen kan hier niet. Vraag een coördinator.</translation>
    </message>
    <message>
        <source>The case store cannot be reached. Your work is kept on this laptop and sent later.</source>
        <translation>De dossierserver is niet bereikbaar. Uw werk blijft op deze laptop en wordt later verstuurd.</translation>
    </message>
    <message>
        <source>Sign in again to synchronise (user name or password not accepted).</source>
        <translation>Meld opnieuw aan om te synchroniseren.</translation>
    </message>
    <message>
        <source>This laptop was withdrawn by the administrator; its local data was removed.</source>
        <translation>Deze laptop werd ingetrokken door de beheerder; de lokale gegevens zijn gewist.</translation>
    </message>
    <message>
        <source>Synchronisation failed: </source>
        <translation>Synchronisatie mislukt: </translation>
    </message>
    <message>
        <source>The file could not be found: </source>
        <translation>Het bestand werd niet gevonden: </translation>
    </message>
    <message>
        <source>No permission to use the file: </source>
        <translation>Geen toegang tot het bestand: </translation>
    </message>
    <message>
        <source>The disk or network did not respond as expected: </source>
        <translation>De schijf of het netwerk reageerde niet zoals verwacht: </translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log; please tell the helpdesk.</source>
        <translation>Er ging iets mis. De details staan in het logboek; verwittig de helpdesk.</translation>
    </message>
    <message>
        <source>'{value}' is not a national number: it must have 11 digits (e.g. 85.07.30-033.61).</source>
        <translation>'{value}' is geen rijksregisternummer: het moet 11 cijfers hebben (bv. 85.07.30-033.61).</translation>
    </message>
    <message>
        <source>{number} is not a valid national number: the check digits do not match. Please check the number on the card.</source>
        <translation>{number} is geen geldig rijksregisternummer: de controlecijfers kloppen niet. Controleer het nummer op de kaart.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so Loket cannot unlock its encrypted store. Nothing was written. Sign in to the desktop session (GNOME Keyring, KWallet or Windows Credential Manager) and start Loket again.</source>
        <translation>De sleutelbos van het systeem is niet beschikbaar, dus Loket kan zijn versleutelde opslag niet openen. Er werd niets geschreven. Meld u aan bij de bureaubladsessie (GNOME Keyring, KWallet of Windows Credential Manager) en start Loket opnieuw.</translation>
    </message>
    <message>
        <source>This laptop does not hold the key of this Loket store. A store copied from another laptop cannot be read: sync again on this laptop instead.</source>
        <translation>Deze laptop heeft de sleutel van deze Loket-opslag niet. Een opslag die van een andere laptop werd gekopieerd, kan niet gelezen worden: synchroniseer in de plaats opnieuw op deze laptop.</translation>
    </message>
    <message>
        <source>The key of this Loket store in the system keyring is damaged; the store cannot be read.</source>
        <translation>De sleutel van deze Loket-opslag in de sleutelbos van het systeem is beschadigd; de opslag kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The demo store's key file {path} is damaged; delete the demo folder to start afresh.</source>
        <translation>Het sleutelbestand {path} van de demo-opslag is beschadigd; verwijder de demomap om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>The demo store's key file {path} is missing; delete the demo folder to start afresh.</source>
        <translation>Het sleutelbestand {path} van de demo-opslag ontbreekt; verwijder de demomap om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>A person needs a surname.</source>
        <translation>Een persoon heeft een familienaam nodig.</translation>
    </message>
    <message>
        <source>A person with national number {number} already exists.</source>
        <translation>Er bestaat al een persoon met rijksregisternummer {number}.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Kies een dienst.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>Het tijdstip heeft geen tijdzone.</translation>
    </message>
    <message>
        <source>The number of persons must be 1 to {max}.</source>
        <translation>Het aantal personen moet 1 tot {max} zijn.</translation>
    </message>
    <message>
        <source>The time is in the past.</source>
        <translation>Het tijdstip ligt in het verleden.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Reden: {reason}.</translation>
    </message>
    <message>
        <source>Place: {reason}.</source>
        <translation>Plaats: {reason}.</translation>
    </message>
    <message>
        <source>This appointment is not on this laptop.</source>
        <translation>Deze afspraak staat niet op deze laptop.</translation>
    </message>
    <message>
        <source>This appointment is {status} already; it cannot be finished again.</source>
        <translation>Deze afspraak is al {status}; ze kan niet opnieuw afgerond worden.</translation>
    </message>
    <message>
        <source>The channel must be one of {channels}.</source>
        <translation>Het kanaal moet een van {channels} zijn.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and {max} minutes.</source>
        <translation>De duur moet tussen 1 en {max} minuten liggen.</translation>
    </message>
    <message>
        <source>Your account has no department, so the notes cannot be kept private to it. Untick "private" or ask the administrator to set your department.</source>
        <translation>Uw account heeft geen dienst, dus de notities kunnen niet privé blijven. Vink "privé" uit of vraag de beheerder om uw dienst in te stellen.</translation>
    </message>
    <message>
        <source>Outcome: {reason}.</source>
        <translation>Resultaat: {reason}.</translation>
    </message>
    <message>
        <source>Notes: {reason}.</source>
        <translation>Notities: {reason}.</translation>
    </message>
    <message>
        <source>The follow-up date is not a date.</source>
        <translation>De opvolgingsdatum is geen datum.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>De opvolgingsdatum ligt in het verleden.</translation>
    </message>
    <message>
        <source>contains an invisible control character; type the text again without it</source>
        <translation>bevat een onzichtbaar stuurteken; typ de tekst opnieuw zonder</translation>
    </message>
    <message>
        <source>must be a single line (no line breaks or tabs)</source>
        <translation>moet op één regel (geen regeleinden of tabs)</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>is te lang</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>marked as a no-show</source>
        <translation>als niet gekomen aangeduid</translation>
    </message>
    <message>
        <source>The location in '{name}' is damaged; give the place by address or on the map.</source>
        <translation>De locatie in '{name}' is beschadigd; geef de plaats op met een adres of op de kaart.</translation>
    </message>
    <message>
        <source>'{name}' is {size} MB; a photo may be at most {limit} MB.</source>
        <translation>'{name}' is {size} MB; een foto mag hoogstens {limit} MB zijn.</translation>
    </message>
    <message>
        <source>'{name}' is empty.</source>
        <translation>'{name}' is leeg.</translation>
    </message>
    <message>
        <source>'{name}' does not say where it was taken; give the place by address or on the map.</source>
        <translation>'{name}' vermeldt niet waar de foto genomen werd; geef de plaats op met een adres of op de kaart.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>Het veld '{what}' moet tekst zijn.</translation>
    </message>
    <message>
        <source>Choose what the report is about (a category).</source>
        <translation>Kies waarover de melding gaat (een categorie).</translation>
    </message>
    <message>
        <source>'{category}' is not a report category.</source>
        <translation>'{category}' is geen categorie van meldingen.</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>De beschrijving moet tekst zijn.</translation>
    </message>
    <message>
        <source>The description is {n} characters long; at most {max} fit.</source>
        <translation>De beschrijving telt {n} tekens; er passen er hoogstens {max}.</translation>
    </message>
    <message>
        <source>'{channel}' is not a channel reports come in by.</source>
        <translation>'{channel}' is geen kanaal waarlangs meldingen binnenkomen.</translation>
    </message>
    <message>
        <source>The location needs both a latitude and a longitude.</source>
        <translation>De locatie heeft zowel een breedtegraad als een lengtegraad nodig.</translation>
    </message>
    <message>
        <source>Give the report's location: a photo with its place, an address from the city's register, or a point on the map.</source>
        <translation>Geef de locatie van de melding op: een foto met plaats, een adres uit het register van de stad of een punt op de kaart.</translation>
    </message>
    <message>
        <source>The location is not a valid point (latitude -90..90, longitude -180..180).</source>
        <translation>De locatie is geen geldig punt (breedtegraad -90..90, lengtegraad -180..180).</translation>
    </message>
    <message>
        <source>This place lies outside the city. Confirm that the report is about it, or choose another place.</source>
        <translation>Deze plaats ligt buiten de stad. Bevestig dat de melding erover gaat, of kies een andere plaats.</translation>
    </message>
    <message>
        <source>'{language}' is not a language the city writes in.</source>
        <translation>'{language}' is geen taal waarin de stad schrijft.</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address.</source>
        <translation>'{email}' is geen e-mailadres.</translation>
    </message>
    <message>
        <source>'{phone}' is not a phone number.</source>
        <translation>'{phone}' is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>'{channel}' is not a way to tell the citizen (e-mail, SMS, letter or phone).</source>
        <translation>'{channel}' is geen manier om de burger te verwittigen (e-mail, sms, brief of telefoon).</translation>
    </message>
    <message>
        <source>To be told by e-mail, give an e-mail address.</source>
        <translation>Geef een e-mailadres op om per e-mail bericht te krijgen.</translation>
    </message>
    <message>
        <source>To be told by SMS or phone, give a phone number.</source>
        <translation>Geef een telefoonnummer op om per sms of telefoon bericht te krijgen.</translation>
    </message>
    <message>
        <source>A letter needs the citizen's address: choose the person (or tell them by e-mail, SMS or phone).</source>
        <translation>Voor een brief is het adres van de burger nodig: kies de persoon (of verwittig hem per e-mail, sms of telefoon).</translation>
    </message>
    <message>
        <source>To be asked again about this topic, the citizen needs a person record, an e-mail address or a phone number.</source>
        <translation>Om hierover opnieuw gecontacteerd te worden, heeft de burger een persoonsfiche, een e-mailadres of een telefoonnummer nodig.</translation>
    </message>
    <message>
        <source>'{ref}' is not a report reference.</source>
        <translation>'{ref}' is geen referentie van een melding.</translation>
    </message>
    <message>
        <source>At most 10 photos per report.</source>
        <translation>Hoogstens 10 foto's per melding.</translation>
    </message>
    <message>
        <source>This photo cannot be shown: the file is damaged.</source>
        <translation>Deze foto kan niet getoond worden: het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>'{name}' cannot be read: {reason}</source>
        <translation>'{name}' kan niet gelezen worden: {reason}</translation>
    </message>
    <message>
        <source>The {what} {problem}.</source>
        <translation>Het veld '{what}' {problem}.</translation>
    </message>
    <message>
        <source>The description {problem}.</source>
        <translation>De beschrijving {problem}.</translation>
    </message>
    <message>
        <source>That person is not on this laptop.</source>
        <translation>Die persoon staat niet op deze laptop.</translation>
    </message>
    <message>
        <source>An anonymous report has no name, e-mail or phone number: remove them, or untick 'anonymous'.</source>
        <translation>Een anonieme melding heeft geen naam, e-mailadres of telefoonnummer: verwijder ze, of vink 'anoniem' uit.</translation>
    </message>
    <message>
        <source>An anonymous citizen cannot be told of the outcome or asked again: untick 'anonymous', or choose no contact and no consent.</source>
        <translation>Een anonieme burger kan geen bericht over het resultaat krijgen en niet opnieuw gecontacteerd worden: vink 'anoniem' uit, of kies geen contact en geen toestemming.</translation>
    </message>
    <message>
        <source>A photo was not read (add it again).</source>
        <translation>Een foto werd niet gelezen (voeg ze opnieuw toe).</translation>
    </message>
    <message>
        <source>'{name}' has too many pixels (too large) to be a photo.</source>
        <translation>'{name}' heeft te veel pixels (te groot) voor een foto.</translation>
    </message>
    <message>
        <source>'{name}' is not a photo (not an image this desk can read).</source>
        <translation>'{name}' is geen foto (geen afbeelding die dit loket kan lezen).</translation>
    </message>
    <message>
        <source>'{name}' cannot be read: the file is damaged.</source>
        <translation>'{name}' kan niet gelezen worden: het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>'{name}' is a {kind} image; a photo must be JPEG, PNG or TIFF.</source>
        <translation>'{name}' is een {kind}-afbeelding; een foto moet JPEG, PNG of TIFF zijn.</translation>
    </message>
    <message>
        <source>'{name}' is {w}×{h} pixels: too large to be a photo.</source>
        <translation>'{name}' is {w}×{h} pixels: te groot voor een foto.</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message>
        <source>User name or password not accepted.</source>
        <translation>Gebruikersnaam of wachtwoord niet aanvaard.</translation>
    </message>
    <message>
        <source>No case store is set, so only an account that signed in on this laptop before can sign in. Ask IT support to set the case store's address.</source>
        <translation>Er is geen dossierserver ingesteld, dus alleen een account dat al eerder op deze laptop aanmeldde, kan aanmelden. Vraag de IT-dienst het adres van de dossierserver in te stellen.</translation>
    </message>
    <message>
        <source>The first sign-in on this laptop needs a connection to the case store.</source>
        <translation>De eerste aanmelding op deze laptop vraagt een verbinding met de dossierserver.</translation>
    </message>
</context>
<context>
    <name>ui.intake.receipt</name>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Ontvangstbewijs naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>must be confirmed</source>
        <translation>moet bevestigd worden</translation>
    </message>
    <message>
        <source>must refer to a stored attachment (SHA-256)</source>
        <translation>moet verwijzen naar een bewaarde bijlage (SHA-256)</translation>
    </message>
    <message>
        <source>give budget lines as [{"description": "...", "amount": "12.50"}, ...]</source>
        <translation>geef de budgetregels als [{"description": "...", "amount": "12.50"}, ...]</translation>
    </message>
    <message>
        <source>coordinates out of range</source>
        <translation>coördinaten buiten bereik</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>dit veld is verplicht</translation>
    </message>
    <message>
        <source>'{value}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>'{value}' is geen datum (gebruik DD/MM/JJJJ of JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>'{value}' has more than 2 decimals</source>
        <translation>'{value}' heeft meer dan 2 decimalen</translation>
    </message>
    <message>
        <source>at most {max} characters ({given} given)</source>
        <translation>hoogstens {max} tekens ({given} ingegeven)</translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation>moet minstens {min} zijn</translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation>mag hoogstens {max} zijn</translation>
    </message>
    <message>
        <source>must be at least EUR {min}</source>
        <translation>moet minstens {min} euro zijn</translation>
    </message>
    <message>
        <source>must be at most EUR {max}</source>
        <translation>mag hoogstens {max} euro zijn</translation>
    </message>
    <message>
        <source>'{value}' is not one of: {options}</source>
        <translation>'{value}' is niet een van: {options}</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address</source>
        <translation>'{value}' is geen e-mailadres</translation>
    </message>
    <message>
        <source>'{value}' is not a phone number</source>
        <translation>'{value}' is geen telefoonnummer</translation>
    </message>
    <message>
        <source>'{value}' is not an amount in euro</source>
        <translation>'{value}' is geen bedrag in euro</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number</source>
        <translation>'{value}' is geen geheel getal</translation>
    </message>
    <message>
        <source>must not be before {field}</source>
        <translation>mag niet vóór {field} liggen</translation>
    </message>
    <message>
        <source>'{value}' is not yes or no</source>
        <translation>'{value}' is geen ja of nee</translation>
    </message>
    <message>
        <source>must equal the budget total EUR {total}</source>
        <translation>moet gelijk zijn aan het begrotingstotaal van {total} euro</translation>
    </message>
    <message>
        <source>contains an invisible control character; type the text again without it</source>
        <translation>bevat een onzichtbaar stuurteken; typ de tekst opnieuw zonder</translation>
    </message>
    <message>
        <source>must be a single line (no line breaks or tabs)</source>
        <translation>moet op één regel (geen regeleinden of tabs)</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>is te lang</translation>
    </message>
    <message>
        <source>A Belgian postal code has 4 digits.</source>
        <translation>Een Belgische postcode heeft 4 cijfers.</translation>
    </message>
</context>
</TS>
