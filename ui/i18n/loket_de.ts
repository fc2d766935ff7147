<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE">
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>The slot was taken by someone else.</source>
        <translation>Der Termin wurde von jemand anderem belegt.</translation>
    </message>
    <message>
        <source>The time is in the past.</source>
        <translation>Die Uhrzeit liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The time is outside the opening hours.</source>
        <translation>Die Uhrzeit liegt außerhalb der Öffnungszeiten.</translation>
    </message>
    <message>
        <source>No appointment has this reference.</source>
        <translation>Kein Termin hat diese Referenz.</translation>
    </message>
    <message>
        <source>This service cannot be booked.</source>
        <translation>Für dieses Anliegen kann kein Termin gebucht werden.</translation>
    </message>
    <message>
        <source>The case store does not let your account do this (your role, or a citizen outside your caseload).</source>
        <translation>Der Vorgangsserver erlaubt dies Ihrem Konto nicht (Ihre Rolle oder ein Bürger außerhalb Ihrer Fälle).</translation>
    </message>
    <message>
        <source>The advisor does not work at that time.</source>
        <translation>Der Berater arbeitet zu dieser Zeit nicht.</translation>
    </message>
    <message>
        <source>This appointment is no longer booked; it cannot be changed.</source>
        <translation>Dieser Termin ist nicht mehr gebucht; er kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The case store does not know this citizen yet; synchronise first.</source>
        <translation>Der Vorgangsserver kennt diesen Bürger noch nicht; synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>Der Vorgangsserver hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The case store cannot be reached; try again when the laptop is online.</source>
        <translation>Der Vorgangsserver ist nicht erreichbar; versuchen Sie es erneut, wenn der Laptop online ist.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>To book</source>
        <translation>Zu buchen</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Citizen from the card</source>
        <translation>Bürger von der Karte</translation>
    </message>
    <message>
        <source>Search citizen:</source>
        <translation>Bürger suchen:</translation>
    </message>
    <message>
        <source>Search citizen</source>
        <translation>Bürger suchen</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Gefundene Bürger</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Anzahl Personen</translation>
    </message>
    <message>
        <source>Show free slots</source>
        <translation>Freie Termine zeigen</translation>
    </message>
    <message>
        <source>Days with free slots</source>
        <translation>Tage mit freien Terminen</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Freie Uhrzeiten</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Reason for the appointment</source>
        <translation>Grund des Termins</translation>
    </message>
    <message>
        <source>Place of the visit:</source>
        <translation>Ort des Besuchs:</translation>
    </message>
    <message>
        <source>Place of the home visit</source>
        <translation>Ort des Hausbesuchs</translation>
    </message>
    <message>
        <source>Book the chosen time</source>
        <translation>Gewählte Uhrzeit buchen</translation>
    </message>
    <message>
        <source>Book the next free slot</source>
        <translation>Nächsten freien Termin buchen</translation>
    </message>
    <message>
        <source>Print confirmation</source>
        <translation>Bestätigung drucken</translation>
    </message>
    <message>
        <source>The citizen's appointments</source>
        <translation>Termine des Bürgers</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Move to the chosen time</source>
        <translation>Auf gewählte Uhrzeit verlegen</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Cancellation reference</source>
        <translation>Stornoreferenz</translation>
    </message>
    <message>
        <source>Cancel by reference</source>
        <translation>Per Referenz absagen</translation>
    </message>
    <message>
        <source>Bookings made while the case store could not be reached. They are booked as soon as it answers; a slot taken meanwhile is not booked and the next free slot is offered.</source>
        <translation>Buchungen, die ohne Verbindung zum Vorgangsserver gemacht wurden. Sie werden gebucht, sobald er antwortet; ist ein Termin inzwischen belegt, wird der nächste freie angeboten.</translation>
    </message>
    <message>
        <source>Bookings waiting for the case store</source>
        <translation>Buchungen, die auf den Server warten</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Bürger</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Nächster freier Termin</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Book the offered slot</source>
        <translation>Angebotenen Termin buchen</translation>
    </message>
    <message>
        <source>Remove request</source>
        <translation>Anfrage entfernen</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Today's appointments</source>
        <translation>Termine heute</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh today's appointments</source>
        <translation>Termine von heute aktualisieren</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Check in the chosen appointment</source>
        <translation>Gewählten Termin anmelden</translation>
    </message>
    <message>
        <source>No citizen chosen: read the card or search.</source>
        <translation>Kein Bürger gewählt: Karte lesen oder suchen.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>No card in the reader.</source>
        <translation>Keine Karte im Lesegerät.</translation>
    </message>
    <message>
        <source>The citizen on the card is not registered on this laptop yet; register them first.</source>
        <translation>Der Bürger auf der Karte ist auf diesem Laptop noch nicht registriert; registrieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>No citizen found.</source>
        <translation>Kein Bürger gefunden.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store: appointments cannot be booked now.</source>
        <translation>Dieser Laptop ist mit keinem Vorgangsserver verbunden: Termine können jetzt nicht gebucht werden.</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Wählen Sie zuerst ein Anliegen.</translation>
    </message>
    <message>
        <source>Looking for free slots…</source>
        <translation>Freie Termine werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s) in the next weeks.</source>
        <translation>
            <numerusform>Freie Termine in den nächsten Wochen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free slot in the next weeks for this service.</source>
        <translation>Kein freier Termin für dieses Anliegen in den nächsten Wochen.</translation>
    </message>
    <message>
        <source>Choose the citizen first (card or search).</source>
        <translation>Wählen Sie zuerst den Bürger (Karte oder Suche).</translation>
    </message>
    <message>
        <source>Choose a service and a free time first.</source>
        <translation>Wählen Sie zuerst ein Anliegen und eine freie Uhrzeit.</translation>
    </message>
    <message>
        <source>Not booked yet: the case store cannot be reached. The request is kept as "to book" and booked as soon as it answers.</source>
        <translation>Noch nicht gebucht: Der Vorgangsserver ist nicht erreichbar. Die Anfrage bleibt als „zu buchen“ gespeichert und wird gebucht, sobald er antwortet.</translation>
    </message>
    <message>
        <source>Booked: %1 at %2, %3, with %4. Cancellation reference: %5</source>
        <translation>Gebucht: %1 um %2, %3, bei %4. Stornoreferenz: %5</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Nicht gebucht: %1</translation>
    </message>
    <message>
        <source>Not booked: the slot was taken by someone else, and no other slot is free in the coming weeks.</source>
        <translation>Nicht gebucht: Der Termin wurde von jemand anderem belegt, und in den nächsten Wochen ist kein anderer frei.</translation>
    </message>
    <message>
        <source>Not booked: the slot was taken by someone else. Next free: %1</source>
        <translation>Nicht gebucht: Der Termin wurde von jemand anderem belegt. Nächster freier: %1</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>Terminbestätigung</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Noch keine Termine.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>to book</source>
        <translation>zu buchen</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>nicht gebucht</translation>
    </message>
    <message>
        <source>This needs the case store; this laptop is not connected to one.</source>
        <translation>Dazu ist der Vorgangsserver nötig; dieser Laptop ist mit keinem verbunden.</translation>
    </message>
    <message>
        <source>Cancelled: %1 (reference %2).</source>
        <translation>Abgesagt: %1 (Referenz %2).</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Verlegt auf %1.</translation>
    </message>
    <message>
        <source>Choose the appointment and the new free time first.</source>
        <translation>Wählen Sie zuerst den Termin und die neue freie Uhrzeit.</translation>
    </message>
    <message>
        <source>Choose the appointment to cancel first.</source>
        <translation>Wählen Sie zuerst den abzusagenden Termin.</translation>
    </message>
    <message>
        <source>Type the cancellation reference first.</source>
        <translation>Geben Sie zuerst die Stornoreferenz ein.</translation>
    </message>
    <message>
        <source>to book: waiting for the case store</source>
        <translation>zu buchen: wartet auf den Server</translation>
    </message>
    <message>
        <source>not booked: %1</source>
        <translation>nicht gebucht: %1</translation>
    </message>
    <message>
        <source>No bookings are waiting.</source>
        <translation>Keine Buchungen warten.</translation>
    </message>
    <message>
        <source>To book (%1)</source>
        <translation>Zu buchen (%1)</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store.</source>
        <translation>Dieser Laptop ist mit keinem Vorgangsserver verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) confirmed.</source>
        <translation>
            <numerusform>%n Buchung(en) bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not booked: see the next free slot offered.</source>
        <translation>
            <numerusform>%n nicht gebucht: siehe den angebotenen freien Termin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting: the case store cannot be reached.</source>
        <translation>
            <numerusform>%n wartend: Der Vorgangsserver ist nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request that was not booked and has a next free slot.</source>
        <translation>Wählen Sie eine nicht gebuchte Anfrage mit einem nächsten freien Termin.</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Heute keine Termine.</translation>
    </message>
    <message>
        <source>Choose the appointment to check in first.</source>
        <translation>Wählen Sie zuerst den anzumeldenden Termin.</translation>
    </message>
    <message>
        <source>Ticket %1: the citizen waits to be called.</source>
        <translation>Ticket %1: Der Bürger wartet auf den Aufruf.</translation>
    </message>
</context>
<context>
    <name>CallDisplay</name>
    <message>
        <source>Call display</source>
        <translation>Aufrufanzeige</translation>
    </message>
    <message>
        <source>City logo</source>
        <translation>Logo der Stadt</translation>
    </message>
    <message>
        <source>Not connected to the case store; trying again.</source>
        <translation>Nicht mit dem Vorgangsserver verbunden; neuer Versuch.</translation>
    </message>
    <message>
        <source>Not connected to the case store.</source>
        <translation>Nicht mit dem Vorgangsserver verbunden.</translation>
    </message>
    <message>
        <source>Not connected to the case store: %1</source>
        <translation>Nicht mit dem Vorgangsserver verbunden: %1</translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation>Noch kein Aufruf</translation>
    </message>
</context>
<context>
    <name>CallDisplayPage</name>
    <message>
        <source>Call display</source>
        <translation>Aufrufanzeige</translation>
    </message>
    <message>
        <source>The last calls on a TV or a second screen, readable across the waiting room. Esc on the display closes it.</source>
        <translation>Die letzten Aufrufe auf einem Fernseher oder zweiten Bildschirm, im ganzen Wartesaal lesbar. Esc auf der Anzeige schließt sie.</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>Stand&amp;ort</translation>
    </message>
    <message>
        <source>Display &amp;language</source>
        <translation>Anzei&amp;gesprache</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Anzeigesprache</translation>
    </message>
    <message>
        <source>&amp;Open the call display</source>
        <translation>Aufrufanzeige &amp;öffnen</translation>
    </message>
    <message>
        <source>No case store is set for this desk: the call display needs one.</source>
        <translation>Kein Vorgangsserver eingestellt: Die Aufrufanzeige braucht einen.</translation>
    </message>
    <message>
        <source>Looking up the shops…</source>
        <translation>Standorte werden gesucht…</translation>
    </message>
    <message>
        <source>The case store has no shops.</source>
        <translation>Der Vorgangsserver hat keine Standorte.</translation>
    </message>
    <message>
        <source>The shops cannot be looked up: %1</source>
        <translation>Die Standorte können nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>The camera took no photo.</source>
        <translation>Die Kamera hat kein Foto aufgenommen.</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>Foto &amp;aufnehmen</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>No card reader service started</source>
        <translation>Kein Kartenleserdienst gestartet</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>eID-Karte</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Neuer Bürger</translation>
    </message>
    <message>
        <source>Add as new citizen</source>
        <translation>Als neuen Bürger anlegen</translation>
    </message>
    <message>
        <source>&amp;Open citizen</source>
        <translation>Bürger &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Review card changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Continue &amp;anyway (logged)…</source>
        <translation>&amp;Trotzdem fortfahren (protokolliert)…</translation>
    </message>
    <message>
        <source>Continue with this citizen despite the altered card</source>
        <translation>Trotz veränderter Karte mit diesem Bürger fortfahren</translation>
    </message>
    <message>
        <source>eID card panel</source>
        <translation>eID-Kartenbereich</translation>
    </message>
    <message>
        <source>Insert the citizen's eID card: identity and photo appear here, and the citizen is looked up by national number. F2 reads the card again.</source>
        <translation>Stecken Sie die eID-Karte ein: Identität und Foto erscheinen hier, der Bürger wird über die Nationalregisternummer gesucht. F2 liest die Karte erneut.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>test card</source>
        <translation>Testkarte</translation>
    </message>
    <message>
        <source>ALTERED — do not rely on it</source>
        <translation>VERÄNDERT — nicht verlassen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Signed by the National Register.</source>
        <translation>Vom Nationalregister signiert.</translation>
    </message>
    <message>
        <source>Consistent, but not signed by a Belgian root: a test or specimen card.</source>
        <translation>Stimmig, aber nicht von einer belgischen Wurzel signiert: Test- oder Musterkarte.</translation>
    </message>
    <message>
        <source>The data does not match its signature. Check the physical card and ask for another document.</source>
        <translation>Die Daten passen nicht zur Signatur. Prüfen Sie die Karte und verlangen Sie ein anderes Dokument.</translation>
    </message>
    <message>
        <source>Part of the card could not be read. Read the card again (F2).</source>
        <translation>Ein Teil der Karte war nicht lesbar. Karte erneut lesen (F2).</translation>
    </message>
    <message>
        <source>Looking up the citizen…</source>
        <translation>Bürger wird gesucht…</translation>
    </message>
    <message>
        <source>Not yet known on this laptop.</source>
        <translation>Auf diesem Laptop noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Not yet known on this laptop; your role does not register citizens.</source>
        <translation>Auf diesem Laptop noch nicht bekannt; Ihre Rolle registriert keine Bürger.</translation>
    </message>
    <message>
        <source>Known citizen, but this card was altered: check the identity with another document before you continue.</source>
        <translation>Bekannter Bürger, aber diese Karte wurde verändert: Prüfen Sie die Identität mit einem anderen Dokument, bevor Sie fortfahren.</translation>
    </message>
    <message numerus="yes">
        <source>Known citizen; the card shows %n change(s).</source>
        <translation>
            <numerusform>Bekannter Bürger; die Karte zeigt %n Änderung(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>Known citizen; the record matches the card.</source>
        <translation>Bekannter Bürger; die Daten stimmen mit der Karte überein.</translation>
    </message>
    <message>
        <source>Altered card: you continue with this citizen (logged).</source>
        <translation>Veränderte Karte: Sie fahren mit diesem Bürger fort (protokolliert).</translation>
    </message>
    <message>
        <source>Citizen added.</source>
        <translation>Bürger angelegt.</translation>
    </message>
    <message>
        <source>Record updated from the card.</source>
        <translation>Daten von der Karte übernommen.</translation>
    </message>
    <message>
        <source>unknown document</source>
        <translation>unbekanntes Dokument</translation>
    </message>
    <message>
        <source>Belgian identity card</source>
        <translation>Belgischer Personalausweis</translation>
    </message>
    <message>
        <source>Kids-ID (Belgian child)</source>
        <translation>Kids-ID (belgisches Kind)</translation>
    </message>
    <message>
        <source>Kids-ID (foreign child)</source>
        <translation>Kids-ID (ausländisches Kind)</translation>
    </message>
    <message>
        <source>EU citizen card (EU)</source>
        <translation>Karte für Unionsbürger (EU)</translation>
    </message>
    <message>
        <source>EU citizen permanent residence card (EU+)</source>
        <translation>Daueraufenthaltskarte für Unionsbürger (EU+)</translation>
    </message>
    <message>
        <source>EU Blue Card (H)</source>
        <translation>Blaue Karte EU (H)</translation>
    </message>
    <message>
        <source>Foreigner card %1</source>
        <translation>Ausländerkarte %1</translation>
    </message>
    <message>
        <source>document type %1</source>
        <translation>Dokumenttyp %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Third initial</source>
        <translation>Dritte Initiale</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>gültig bis</translation>
    </message>
</context>
<context>
    <name>CardReviewDialog</name>
    <message>
        <source>The card differs from our record</source>
        <translation>Die Karte weicht von unseren Daten ab</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Now on record</source>
        <translation>Derzeit gespeichert</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Differences between the card and the record</source>
        <translation>Unterschiede zwischen Karte und Daten</translation>
    </message>
    <message>
        <source>Start an &amp;address change intake for the new address</source>
        <translation>Eine &amp;Adressänderung beginnen</translation>
    </message>
    <message>
        <source>&amp;Apply ticked changes</source>
        <translation>Angekreuzte Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Tick what should be taken over from the card (Space toggles).</source>
        <translation>Kreuzen Sie an, was übernommen werden soll (Leertaste).</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>Karte gültig bis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>No card reader is connected. Connect the reader and insert the card.</source>
        <translation>Kein Kartenleser angeschlossen. Leser anschließen und Karte einstecken.</translation>
    </message>
    <message>
        <source>There is no card in the reader.</source>
        <translation>Keine Karte im Leser.</translation>
    </message>
    <message>
        <source>The card reader service is not available on this laptop.</source>
        <translation>Der Kartenleserdienst ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Looking for a card reader…</source>
        <translation>Kartenleser wird gesucht…</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Karte wird gelesen…</translation>
    </message>
    <message>
        <source>No card reader connected</source>
        <translation>Kein Kartenleser angeschlossen</translation>
    </message>
    <message>
        <source>Reader ready — insert an eID card</source>
        <translation>Leser bereit — eID-Karte einstecken</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>Karte gelesen</translation>
    </message>
    <message>
        <source>The card reader service is not running</source>
        <translation>Der Kartenleserdienst läuft nicht</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>Die Karte konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Open &amp;citizen</source>
        <translation>&amp;Bürger öffnen</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Dokumente…</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Dokumente des Vorgangs</translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation>Angaben im Antrag</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>This case is not on this laptop.</source>
        <translation>Dieser Vorgang ist nicht auf diesem Laptop.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Bürger</translation>
    </message>
    <message>
        <source>Track &amp; trace code</source>
        <translation>Sendungscode</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Erwartet bis</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>to be paid</source>
        <translation>zu zahlen</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Status geändert.</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Empfangsbestätigung</translation>
    </message>
    <message>
        <source>&amp;Letter for the citizen</source>
        <translation>&amp;Brief an den Bürger</translation>
    </message>
    <message>
        <source>Case &amp;summary</source>
        <translation>Vorgangs&amp;übersicht</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Entscheidung</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases and work queue</source>
        <translation>Vorgänge und Arbeitsvorrat</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <source>O&amp;pen only</source>
        <translation>Nur o&amp;ffene</translation>
    </message>
    <message>
        <source>Filter on status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter on department</source>
        <translation>Nach Dienststelle filtern</translation>
    </message>
    <message>
        <source>Filter on case type</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Vorgang/Vorgänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Zu lösende Konflikte</translation>
    </message>
    <message>
        <source>Someone else changed the same detail while this laptop was offline. Compare both versions and choose the one that is right.</source>
        <translation>Jemand anderes hat dieselbe Angabe geändert, während dieser Laptop offline war. Vergleichen und wählen Sie.</translation>
    </message>
    <message>
        <source>Changed on this laptop</source>
        <translation>Auf diesem Laptop geändert</translation>
    </message>
    <message>
        <source>In the case store</source>
        <translation>Auf dem Vorgangsserver</translation>
    </message>
    <message>
        <source>Keep &amp;this version</source>
        <translation>&amp;Diese Version behalten</translation>
    </message>
    <message>
        <source>Keep this laptop's version</source>
        <translation>Version dieses Laptops behalten</translation>
    </message>
    <message>
        <source>Keep t&amp;hat version</source>
        <translation>&amp;Jene Version behalten</translation>
    </message>
    <message>
        <source>Keep the case store's version</source>
        <translation>Version des Servers behalten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Konflikte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused (%n)</source>
        <translation>
            <numerusform>Abgelehnt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No conflicts, but the case store refused %n change(s): see Refused.</source>
        <translation>
            <numerusform>Keine Konflikte, aber der Vorgangsserver hat %n Änderung(en) abgelehnt: siehe Abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: everything is in agreement with the case store.</source>
        <translation>Keine Konflikte: alles stimmt mit dem Server überein.</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>Konflikt gelöst.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes of the consultation</source>
        <translation>Notizen der Beratung</translation>
    </message>
    <message>
        <source>Private: my department only</source>
        <translation>Privat: nur meine Dienststelle</translation>
    </message>
    <message>
        <source>Your account has no department, so notes cannot be kept private.</source>
        <translation>Ihr Konto hat keine Dienststelle; Notizen können daher nicht privat bleiben.</translation>
    </message>
    <message>
        <source>Intakes started during this consultation</source>
        <translation>In dieser Beratung begonnene Anträge</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start an &amp;intake…</source>
        <translation>A&amp;ntrag beginnen…</translation>
    </message>
    <message>
        <source>Start an intake for this citizen</source>
        <translation>Neuen Antrag für diesen Bürger beginnen</translation>
    </message>
    <message>
        <source>Finish the consultation</source>
        <translation>Die Beratung abschließen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Nachverfolgung am</translation>
    </message>
    <message>
        <source>Follow-up on a date</source>
        <translation>Nachverfolgung an einem Datum</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum der Nachverfolgung</translation>
    </message>
    <message>
        <source>&amp;Finish consultation</source>
        <translation>Beratung a&amp;bschließen</translation>
    </message>
    <message>
        <source>Finish consultation</source>
        <translation>Beratung abschließen</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Notes restored from the draft</source>
        <translation>Notizen aus dem Entwurf wiederhergestellt</translation>
    </message>
    <message>
        <source>This appointment is closed (%1); it cannot be finished again.</source>
        <translation>Dieser Termin ist abgeschlossen (%1); er kann nicht erneut abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Beratung: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Draft: editing…</source>
        <translation>Entwurf: in Bearbeitung…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>No intake started yet.</source>
        <translation>Noch kein Antrag begonnen.</translation>
    </message>
    <message>
        <source>Consultation finished: the contact is in the citizen's history.</source>
        <translation>Beratung abgeschlossen: Der Kontakt steht im Verlauf des Bürgers.</translation>
    </message>
    <message>
        <source>Consultation finished</source>
        <translation>Beratung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Betrag (€)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose file for %1</source>
        <translation>Datei wählen für %1</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation>name@beispiel.be</translation>
    </message>
    <message>
        <source>+32 …</source>
        <translation>+32 …</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation>JJ.MM.TT-XXX.CC</translation>
    </message>
    <message>
        <source>Straat 1, 9999 Meerhoven / 51.05, 3.72</source>
        <translation>Straße 1, 9999 Meerhoven / 51.05, 3.72</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Aufsuchende Arbeit</translation>
    </message>
    <message>
        <source>Theme desk</source>
        <translation>Themenschalter</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>Guten Tag, %1</translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Read eID card  (F2)</source>
        <translation>eID-Karte lesen  (F2)</translation>
    </message>
    <message>
        <source>Read eID card</source>
        <translation>eID-Karte lesen</translation>
    </message>
    <message>
        <source>Search citizen or case  (Ctrl+F)</source>
        <translation>Suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search citizen or case</source>
        <translation>Bürger oder Vorgang suchen</translation>
    </message>
    <message>
        <source>New intake  (Ctrl+N)</source>
        <translation>Neuer Antrag  (Strg+N)</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>Unfinished intakes (drafts)</source>
        <translation>Unfertige Anträge (Entwürfe)</translation>
    </message>
    <message>
        <source>Today's home visits</source>
        <translation>Hausbesuche heute</translation>
    </message>
    <message>
        <source>Prepared cases</source>
        <translation>Vorbereitete Vorgänge</translation>
    </message>
    <message>
        <source>Today's consultations</source>
        <translation>Beratungen heute</translation>
    </message>
    <message>
        <source>Intakes today</source>
        <translation>Anträge heute</translation>
    </message>
    <message>
        <source>Work queue per department</source>
        <translation>Arbeitsvorrat je Dienststelle</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Termine heute</translation>
    </message>
    <message>
        <source>Walk-ins today</source>
        <translation>Schalterbesuche heute</translation>
    </message>
    <message numerus="yes">
        <source>Offline — everything you do is kept on this laptop (%n waiting).</source>
        <translation>
            <numerusform>Offline — alles bleibt auf diesem Laptop gespeichert (%n wartend).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online — %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Online — %n Änderung(en) warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Vorgänge</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Citizens on this laptop</source>
        <translation>Bürger auf diesem Laptop</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Bürger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nothing yet today.</source>
        <translation>Heute noch nichts.</translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation>Fortsetzen: %1</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Leitung</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Case &amp;type:</source>
        <translation>Antrags&amp;art:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Antragsart</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Mitzubringende Unterlagen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Antragsformular</translation>
    </message>
    <message>
        <source>Fee, documents, attachments and channel</source>
        <translation>Gebühr, Dokumente, Anlagen und Kanal</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add attachment from a file</source>
        <translation>Anlage aus Datei hinzufügen</translation>
    </message>
    <message>
        <source>From &amp;scanner</source>
        <translation>Vom &amp;Scanner</translation>
    </message>
    <message>
        <source>Add the newest scan from the scanner folder</source>
        <translation>Neuesten Scan hinzufügen</translation>
    </message>
    <message>
        <source>How is the citizen informed?</source>
        <translation>Wie wird der Bürger benachrichtigt?</translation>
    </message>
    <message>
        <source>Preferred channel of the citizen</source>
        <translation>Bevorzugter Kanal des Bürgers</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>Handynummer</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Handynummer</translation>
    </message>
    <message>
        <source>Channel &amp;confirmed with the citizen</source>
        <translation>Kanal mit dem Bürger &amp;bestätigt</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>am Schalter</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>Intake &amp;via:</source>
        <translation>Antrag &amp;über:</translation>
    </message>
    <message>
        <source>Fee &amp;paid</source>
        <translation>Gebühr &amp;bezahlt</translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation>Antrag &amp;speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) — works offline</source>
        <translation>Speichern (Strg+S) — auch offline</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close the form; the draft is kept (Esc)</source>
        <translation>Schließen; der Entwurf bleibt erhalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Empfangsbestätigung &amp;drucken</translation>
    </message>
    <message>
        <source>&amp;Back to the citizen</source>
        <translation>&amp;Zurück zum Bürger</translation>
    </message>
    <message>
        <source>New intake: %1</source>
        <translation>Neuer Antrag: %1</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>No citizen chosen (anonymous intake)</source>
        <translation>Kein Bürger gewählt (anonymer Antrag)</translation>
    </message>
    <message>
        <source>The card in the reader is of %1, not of the citizen of this intake.</source>
        <translation>Die Karte im Lesegerät gehört %1, nicht dem Bürger dieses Antrags.</translation>
    </message>
    <message>
        <source>The card in the reader is of %1; this intake is for no citizen.</source>
        <translation>Die Karte im Lesegerät gehört %1; dieser Antrag ist keinem Bürger zugeordnet.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Entwurf wiederhergestellt</translation>
    </message>
    <message>
        <source>Choose a case type (Alt+T) to show its form.</source>
        <translation>Wählen Sie eine Antragsart (Alt+A).</translation>
    </message>
    <message>
        <source>Draft: editing…</source>
        <translation>Entwurf: in Bearbeitung…</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>None for now.</source>
        <translation>Vorerst keine.</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Anlagen hinzufügen</translation>
    </message>
    <message>
        <source>No scanner folder is set (Settings → scanner folder).</source>
        <translation>Kein Scannerordner eingestellt.</translation>
    </message>
    <message>
        <source>The scanner folder is empty.</source>
        <translation>Der Scannerordner ist leer.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n Feld(er) prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail is chosen, but there is no e-mail address.</source>
        <translation>E-Mail gewählt, aber keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>SMS is chosen, but there is no mobile number.</source>
        <translation>SMS gewählt, aber keine Handynummer angegeben.</translation>
    </message>
    <message>
        <source>Confirm the channel with the citizen first.</source>
        <translation>Bestätigen Sie zuerst den Kanal mit dem Bürger.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Intake saved</source>
        <translation>Antrag gespeichert</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>to be paid</source>
        <translation>zu zahlen</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Track &amp; trace code</source>
        <translation>Sendungscode</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Erwartet bis</translation>
    </message>
    <message>
        <source>Saved on this laptop; it is sent to the case store at the next synchronisation.</source>
        <translation>Auf diesem Laptop gespeichert; wird bei der nächsten Synchronisation übertragen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Demo cards</source>
        <translation>&amp;Demokarten</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>Karte &amp;entfernen</translation>
    </message>
    <message>
        <source>Search name, national number, address or case number  (Ctrl+F)</source>
        <translation>Name, Nationalregisternummer, Adresse oder Vorgangsnummer suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search citizen or case</source>
        <translation>Bürger oder Vorgang suchen</translation>
    </message>
    <message>
        <source>Read card (F2)</source>
        <translation>Karte lesen (F2)</translation>
    </message>
    <message>
        <source>Read eID card</source>
        <translation>eID-Karte lesen</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Cas&amp;es</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>current page</source>
        <translation>aktuelle Seite</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Read card</source>
        <translation>&amp;Karte lesen</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Neuer Antrag</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Empfangsbestätigung &amp;drucken</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;Status ändern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Your role cannot start an intake; the case store would refuse it.</source>
        <translation>Ihre Rolle kann keinen Antrag beginnen; der Vorgangsserver würde ihn ablehnen.</translation>
    </message>
    <message>
        <source>The card in the reader was altered. Check the identity with another document and choose "Continue anyway" on the card panel first.</source>
        <translation>Die Karte im Lesegerät wurde verändert. Prüfen Sie die Identität mit einem anderen Dokument und wählen Sie zuerst „Trotzdem fortfahren“ im Kartenbereich.</translation>
    </message>
    <message>
        <source>No card reader service is running.</source>
        <translation>Kein Kartenleserdienst aktiv.</translation>
    </message>
    <message>
        <source>Save an intake first; then its receipt can be printed.</source>
        <translation>Speichern Sie zuerst einen Antrag; dann kann die Bestätigung gedruckt werden.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store.</source>
        <translation>Dieser Laptop ist mit keinem Vorgangsserver verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung(en) warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Another card was inserted: the previous citizen was closed.</source>
        <translation>Eine andere Karte wurde eingesteckt: Der vorige Bürger wurde geschlossen.</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Call &amp;display</source>
        <translation>&amp;Aufrufanzeige</translation>
    </message>
    <message>
        <source>Shop &amp;measures</source>
        <translation>Kennza&amp;hlen</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>&amp;Empfang</translation>
    </message>
    <message>
        <source>Report q&amp;ueue</source>
        <translation>&amp;Offene Meldungen</translation>
    </message>
    <message>
        <source>Rep&amp;orts dashboard</source>
        <translation>Meldungsstat&amp;istik</translation>
    </message>
    <message>
        <source>Citizen re&amp;port</source>
        <translation>Meldung er&amp;fassen</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Drag or arrow keys to move, mouse wheel or plus and minus to zoom, Home for the whole city, click or Enter to pick a point</source>
        <translation>Ziehen oder Pfeiltasten zum Verschieben, Mausrad oder Plus und Minus zum Zoomen, Pos1 für die ganze Stadt, Klick oder Eingabetaste, um einen Punkt zu wählen</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Offline map: the city's streets</source>
        <translation>Offline-Karte: die Straßen der Stadt</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Altered card</source>
        <translation>Veränderte Karte</translation>
    </message>
    <message>
        <source>How was the identity checked?</source>
        <translation>Wie wurde die Identität geprüft?</translation>
    </message>
    <message>
        <source>&amp;How was the identity checked?</source>
        <translation>&amp;Wie wurde die Identität geprüft?</translation>
    </message>
    <message>
        <source>&amp;Continue with this citizen</source>
        <translation>Mit diesem Bürger &amp;fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The data on this card does not match its signature: the card was altered. Only continue with %1 after checking the identity with another document; your reason is written to the audit log.</source>
        <translation>Die Daten dieser Karte passen nicht zu ihrer Signatur: Die Karte wurde verändert. Fahren Sie mit %1 nur fort, nachdem Sie die Identität mit einem anderen Dokument geprüft haben; Ihr Grund wird im Audit-Protokoll vermerkt.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Name of the citizen</source>
        <translation>Name des Bürgers</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <source>Start an intake for this citizen (Ctrl+N)</source>
        <translation>Neuer Antrag für diesen Bürger (Strg+N)</translation>
    </message>
    <message>
        <source>History of the citizen</source>
        <translation>Verlauf des Bürgers</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Benachrichtigt per</translation>
    </message>
    <message>
        <source>E-mail / phone</source>
        <translation>E-Mail / Telefon</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>eID-Karte</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>This person is not on this laptop.</source>
        <translation>Diese Person ist nicht auf diesem Laptop.</translation>
    </message>
    <message>
        <source>no national number</source>
        <translation>keine Nationalregisternummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <source>card expired</source>
        <translation>Karte abgelaufen</translation>
    </message>
    <message>
        <source>card expires soon</source>
        <translation>Karte läuft bald ab</translation>
    </message>
    <message>
        <source>No suggestions for this citizen.</source>
        <translation>Keine Vorschläge für diesen Bürger.</translation>
    </message>
    <message>
        <source>Start this intake</source>
        <translation>Diesen Antrag beginnen</translation>
    </message>
    <message>
        <source>Start intake: %1</source>
        <translation>Antrag beginnen: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (mit %2)</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>No earlier cases, contacts or appointments.</source>
        <translation>Keine früheren Vorgänge, Kontakte oder Termine.</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Desk</source>
        <translation>S&amp;chalter</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Waiting for this desk</source>
        <translation>Wartend an diesem Schalter</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation>Erwartete Wartezeit</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Bürger</translation>
    </message>
    <message>
        <source>Parked at this desk</source>
        <translation>An diesem Schalter geparkt</translation>
    </message>
    <message>
        <source>Case store status</source>
        <translation>Status des Vorgangsservers</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Ticket at this desk</source>
        <translation>Ticket an diesem Schalter</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>&amp;Nächsten aufrufen</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Nächsten aufrufen</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>Erneut au&amp;frufen</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Erneut aufrufen</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>N&amp;icht erschienen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;Parken</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>Zurück&amp;holen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>Weiter&amp;leiten…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>A&amp;bschließen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Choose the desk this laptop is.</source>
        <translation>Wählen Sie den Schalter dieses Laptops.</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(nicht auf diesem Laptop)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>Nobody at this desk</source>
        <translation>Niemand an diesem Schalter</translation>
    </message>
    <message>
        <source>%1 at this desk · %2 · called %3×</source>
        <translation>%1 an diesem Schalter · %2 · %3× aufgerufen</translation>
    </message>
    <message>
        <source>Nobody waits for this desk.</source>
        <translation>Niemand wartet an diesem Schalter.</translation>
    </message>
    <message>
        <source>%1 was called at another desk meanwhile; nobody else waits for this desk.</source>
        <translation>%1 wurde inzwischen an einem anderen Schalter aufgerufen; sonst wartet niemand an diesem Schalter.</translation>
    </message>
    <message>
        <source>%1 was called at another desk meanwhile; you called %2.</source>
        <translation>%1 wurde inzwischen an einem anderen Schalter aufgerufen; Sie haben %2 aufgerufen.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Anliegen: %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Schalter: %1</translation>
    </message>
    <message>
        <source>Transfer the ticket to</source>
        <translation>Ticket weiterleiten an</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>An&amp;liegen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Bürger</translation>
    </message>
    <message>
        <source>Citizen on the ticket</source>
        <translation>Bürger auf dem Ticket</translation>
    </message>
    <message>
        <source>Citizen of the &amp;card</source>
        <translation>&amp;Bürger von der Karte</translation>
    </message>
    <message>
        <source>Citizen of the card</source>
        <translation>Bürger von der Karte</translation>
    </message>
    <message>
        <source>&amp;Without citizen</source>
        <translation>&amp;Ohne Bürger</translation>
    </message>
    <message>
        <source>Without citizen</source>
        <translation>Ohne Bürger</translation>
    </message>
    <message>
        <source>Searc&amp;h citizen</source>
        <translation>Bürger suc&amp;hen</translation>
    </message>
    <message>
        <source>Search citizen</source>
        <translation>Bürger suchen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Finden</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Gefundene Bürger</translation>
    </message>
    <message>
        <source>&amp;Issue ticket</source>
        <translation>Ticket aus&amp;geben</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>Ticket ausgeben</translation>
    </message>
    <message>
        <source>&amp;Print ticket</source>
        <translation>Ticket d&amp;rucken</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Ticket drucken</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Letztes Ticket</translation>
    </message>
    <message>
        <source>Case store status</source>
        <translation>Status des Vorgangsservers</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>This desk does not know the shop %1.</source>
        <translation>Dieser Laptop kennt den Standort %1 nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n ticket(s) issued while the case store could not be reached…</source>
        <translation>
            <numerusform>Ohne Vorgangsserver ausgegebene Tickets werden gesendet (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case store cannot be reached: tickets are numbered here and sent when it is back (%n waiting to be sent).</source>
        <translation>
            <numerusform>Der Vorgangsserver ist nicht erreichbar: Tickets werden hier nummeriert und gesendet, sobald er zurück ist (%n wartend).</numerusform>
        </translation>
    </message>
    <message>
        <source>No citizen: the ticket is issued without a name</source>
        <translation>Kein Bürger: Das Ticket wird ohne Namen ausgegeben</translation>
    </message>
    <message>
        <source>No card is read (or its citizen is not on this laptop): the ticket is issued without a citizen.</source>
        <translation>Keine Karte gelesen (oder ihr Bürger ist nicht auf diesem Laptop): Das Ticket wird ohne Bürger ausgegeben.</translation>
    </message>
    <message>
        <source>No citizen found.</source>
        <translation>Kein Bürger gefunden.</translation>
    </message>
    <message>
        <source>Ticket %1 issued</source>
        <translation>Ticket %1 ausgegeben</translation>
    </message>
    <message>
        <source>No ticket issued yet</source>
        <translation>Noch kein Ticket ausgegeben</translation>
    </message>
    <message>
        <source>expected wait %1</source>
        <translation>erwartete Wartezeit %1</translation>
    </message>
    <message>
        <source>issued at reception (the case store gets it when it is back)</source>
        <translation>am Empfang ausgegeben (der Vorgangsserver erhält es, sobald er zurück ist)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>The case store refused ticket %1: %2</source>
        <translation>Der Vorgangsserver hat Ticket %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>The case store said:</source>
        <translation>Der Vorgangsserver meldete:</translation>
    </message>
    <message>
        <source>&amp;Re-submit</source>
        <translation>Erneut &amp;einreichen</translation>
    </message>
    <message>
        <source>Send the change again, with the record as it is now (correct the record first)</source>
        <translation>Die Änderung erneut senden, mit dem Datensatz wie er jetzt ist (zuerst korrigieren)</translation>
    </message>
    <message>
        <source>Re-submit &amp;all</source>
        <translation>&amp;Alle erneut einreichen</translation>
    </message>
    <message>
        <source>Why discard this change? (audit log)</source>
        <translation>Warum diese Änderung verwerfen? (Audit-Protokoll)</translation>
    </message>
    <message>
        <source>Reason for discarding</source>
        <translation>Grund für das Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drop the change; the record goes back to the case store's version</source>
        <translation>Die Änderung verwerfen; der Datensatz erhält wieder die Version des Vorgangsservers</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The case store refused none of the changes made on this laptop.</source>
        <translation>Der Vorgangsserver hat keine Änderung dieses Laptops abgelehnt.</translation>
    </message>
    <message>
        <source>Your role may not make this change, or the record is outside your caseload.</source>
        <translation>Ihre Rolle darf diese Änderung nicht vornehmen, oder der Vorgang liegt außerhalb Ihres Bestands.</translation>
    </message>
    <message>
        <source>Ask a coordinator to make the change; then discard it here.</source>
        <translation>Bitten Sie eine Koordinatorin oder einen Koordinator um die Änderung; verwerfen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>This record is history and cannot be changed.</source>
        <translation>Dieser Eintrag ist Verlauf und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Discard the change.</source>
        <translation>Verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>It refers to a person or case the case store does not have yet.</source>
        <translation>Sie verweist auf eine Person oder einen Vorgang, den der Vorgangsserver noch nicht hat.</translation>
    </message>
    <message>
        <source>Re-submit the person or case it refers to first, then re-submit this one.</source>
        <translation>Reichen Sie zuerst die Person oder den Vorgang erneut ein, auf die sie verweist, dann diese.</translation>
    </message>
    <message>
        <source>The record does not exist in the case store.</source>
        <translation>Der Datensatz existiert auf dem Vorgangsserver nicht.</translation>
    </message>
    <message>
        <source>Re-submit the record's creation first, then this change; or discard it.</source>
        <translation>Reichen Sie zuerst die Anlage des Datensatzes erneut ein, dann diese Änderung; oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The case store found the data invalid.</source>
        <translation>Der Vorgangsserver hat die Daten als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Correct the record, then re-submit.</source>
        <translation>Korrigieren Sie den Datensatz und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <source>The message for the citizen was not accepted (e-mail or phone number).</source>
        <translation>Die Nachricht an den Bürger wurde nicht angenommen (E-Mail-Adresse oder Telefonnummer).</translation>
    </message>
    <message>
        <source>Correct the citizen's contact details, then re-submit.</source>
        <translation>Korrigieren Sie die Kontaktdaten des Bürgers und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <source>The case store does not know this kind of record.</source>
        <translation>Der Vorgangsserver kennt diese Art Datensatz nicht.</translation>
    </message>
    <message>
        <source>Discard the change and tell the helpdesk.</source>
        <translation>Verwerfen Sie die Änderung und informieren Sie den Helpdesk.</translation>
    </message>
    <message>
        <source>Someone else changed the same record.</source>
        <translation>Jemand anderes hat denselben Datensatz geändert.</translation>
    </message>
    <message>
        <source>Check the record, correct it where needed, then re-submit.</source>
        <translation>Prüfen Sie den Datensatz, korrigieren Sie ihn bei Bedarf und reichen Sie erneut ein.</translation>
    </message>
    <message>
        <source>The case store could not find what the change refers to.</source>
        <translation>Der Vorgangsserver fand nicht, worauf sich die Änderung bezieht.</translation>
    </message>
    <message>
        <source>Re-submit once the record it refers to is in the case store; or discard it.</source>
        <translation>Reichen Sie erneut ein, sobald der betroffene Datensatz auf dem Vorgangsserver ist; oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The case store had a problem with this change.</source>
        <translation>Der Vorgangsserver hatte ein Problem mit dieser Änderung.</translation>
    </message>
    <message>
        <source>Re-submit later; if it is refused again, tell the helpdesk.</source>
        <translation>Reichen Sie später erneut ein; wird sie wieder abgelehnt, informieren Sie den Helpdesk.</translation>
    </message>
    <message>
        <source>The case store refused this change.</source>
        <translation>Der Vorgangsserver hat diese Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Read the case store's message, correct the record, then re-submit; or discard it.</source>
        <translation>Lesen Sie die Meldung des Vorgangsservers, korrigieren Sie den Datensatz und reichen Sie erneut ein; oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Nachricht an den Bürger</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>The change is sent again at the next synchronisation.</source>
        <translation>Die Änderung wird bei der nächsten Synchronisation erneut gesendet.</translation>
    </message>
    <message>
        <source>The refused changes are sent again at the next synchronisation.</source>
        <translation>Die abgelehnten Änderungen werden bei der nächsten Synchronisation erneut gesendet.</translation>
    </message>
    <message>
        <source>Change discarded; written to the audit log.</source>
        <translation>Änderung verworfen; im Audit-Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReportCoordinatorPage</name>
    <message>
        <source>Citizen reports: coordination</source>
        <translation>Meldungen: Koordination</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Past 3×</source>
        <translation>3× überfällig</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Reports nobody has handled yet</source>
        <translation>Meldungen, die noch niemand bearbeitet hat</translation>
    </message>
    <message>
        <source>Open reports past their deadline</source>
        <translation>Offene Meldungen mit überschrittener Frist</translation>
    </message>
    <message>
        <source>Open reports past three times their term</source>
        <translation>Offene Meldungen über dem Dreifachen ihrer Frist</translation>
    </message>
    <message>
        <source>Open reports that were reopened</source>
        <translation>Offene Meldungen, die wiedereröffnet wurden</translation>
    </message>
    <message>
        <source>Reports waiting on a third party</source>
        <translation>Meldungen, die auf Dritte warten</translation>
    </message>
    <message>
        <source>Every open report</source>
        <translation>Alle offenen Meldungen</translation>
    </message>
    <message>
        <source>Lists of reports</source>
        <translation>Listen von Meldungen</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Dienststelle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Kategori&amp;e</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
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
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Reports in the list</source>
        <translation>Meldungen in der Liste</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>More reports</source>
        <translation>Weitere Meldungen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Die Liste aktualisieren</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Letters and calls</source>
        <translation>Briefe und Anrufe</translation>
    </message>
    <message>
        <source>Queue, letters and calls</source>
        <translation>Warteschlange, Briefe und Anrufe</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Letters or calls</source>
        <translation>Briefe oder Anrufe</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Zu druckende Briefe</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Zu tätigende Anrufe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Phone or address</source>
        <translation>Telefon oder Adresse</translation>
    </message>
    <message>
        <source>Letters and calls waiting</source>
        <translation>Wartende Briefe und Anrufe</translation>
    </message>
    <message>
        <source>Phone &amp;script</source>
        <translation>Gesprächs&amp;leitfaden</translation>
    </message>
    <message>
        <source>Phone script or letter text</source>
        <translation>Gesprächsleitfaden oder Brieftext</translation>
    </message>
    <message>
        <source>&amp;Print the letters…</source>
        <translation>Briefe &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the letters</source>
        <translation>Briefe drucken</translation>
    </message>
    <message>
        <source>Ca&amp;lled</source>
        <translation>A&amp;ngerufen</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Angerufen</translation>
    </message>
    <message>
        <source>U&amp;nreachable</source>
        <translation>&amp;Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>Change c&amp;ategory…</source>
        <translation>K&amp;ategorie ändern…</translation>
    </message>
    <message>
        <source>Mo&amp;ve the point</source>
        <translation>Punkt &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Route to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>Back to the r&amp;ules</source>
        <translation>Zurück zu den &amp;Regeln</translation>
    </message>
    <message>
        <source>For&amp;ward…</source>
        <translation>&amp;Weiterleiten…</translation>
    </message>
    <message>
        <source>Su&amp;b-task…</source>
        <translation>Teila&amp;ufgabe…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>History of the report</source>
        <translation>Verlauf der Meldung</translation>
    </message>
    <message>
        <source>Messages to the reporters</source>
        <translation>Nachrichten an die Melder</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status told</source>
        <translation>Mitgeteilter Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Map: the report and the open reports nearby</source>
        <translation>Karte: die Meldung und die offenen Meldungen in der Nähe</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Dienststellen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <source>Only coordinators may do this (the case store refused).</source>
        <translation>Nur Koordinatorinnen und Koordinatoren dürfen das (der Vorgangsserver hat abgelehnt).</translation>
    </message>
    <message>
        <source>The case store does not know this report (any more): %1</source>
        <translation>Der Vorgangsserver kennt diese Meldung nicht (mehr): %1</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>Der Vorgangsserver hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Tell the citizen?</source>
        <translation>Den Bürger informieren?</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the reports are kept there.</source>
        <translation>Dieser Schalter ist mit keinem Vorgangsserver verbunden: Die Meldungen werden dort gespeichert.</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <source>No reports in this list.</source>
        <translation>Keine Meldungen in dieser Liste.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Choose a report in the list.</source>
        <translation>Wählen Sie eine Meldung in der Liste.</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Dienststelle: %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>routed by hand</source>
        <translation>von Hand zugewiesen</translation>
    </message>
    <message>
        <source>routed by the rules</source>
        <translation>nach den Regeln zugewiesen</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>weitergeleitet an %1</translation>
    </message>
    <message>
        <source>deadline %1 (3×: %2)</source>
        <translation>Frist %1 (3×: %2)</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>sub-task of %1</source>
        <translation>Teilaufgabe von %1</translation>
    </message>
    <message>
        <source>sub-tasks: %1</source>
        <translation>Teilaufgaben: %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Gemeldet von: %1</translation>
    </message>
    <message>
        <source>No reporter (anonymous).</source>
        <translation>Kein Melder (anonym).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>zu drucken</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>to call</source>
        <translation>anzurufen</translation>
    </message>
    <message>
        <source>called</source>
        <translation>angerufen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>No messages to the reporters yet.</source>
        <translation>Noch keine Nachrichten an die Melder.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source> (the citizen is told)</source>
        <translation> (der Bürger wird informiert)</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Den Status ändern</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Neuer Status</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>%1 cannot follow %2.</source>
        <translation>%1 kann nicht auf %2 folgen.</translation>
    </message>
    <message>
        <source>%1 reporter(s) will be told that the report is now “%2” (by %3). Go on?</source>
        <translation>Melder, die informiert werden, dass die Meldung jetzt „%2“ ist (per %3): %1. Fortfahren?</translation>
    </message>
    <message>
        <source>The status is now %1.</source>
        <translation>Der Status ist jetzt %1.</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>Die Kategorie ändern</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>The department, the term and the deadlines follow the category.</source>
        <translation>Dienststelle, Frist und Fälligkeiten richten sich nach der Kategorie.</translation>
    </message>
    <message>
        <source>The category is now %1.</source>
        <translation>Die Kategorie ist jetzt %1.</translation>
    </message>
    <message>
        <source>Click the report's right place on the map.</source>
        <translation>Klicken Sie auf der Karte auf den richtigen Ort der Meldung.</translation>
    </message>
    <message>
        <source>This point lies outside the city. Move the report there anyway?</source>
        <translation>Dieser Punkt liegt außerhalb der Stadt. Die Meldung trotzdem dorthin verschieben?</translation>
    </message>
    <message>
        <source>The report was moved.</source>
        <translation>Die Meldung wurde verschoben.</translation>
    </message>
    <message>
        <source>Route the report</source>
        <translation>Die Meldung zuweisen</translation>
    </message>
    <message>
        <source>&amp;Person (user name, optional)</source>
        <translation>&amp;Person (Benutzername, optional)</translation>
    </message>
    <message>
        <source>Chosen by hand: the routing rules leave this report alone until you send it back to them.</source>
        <translation>Von Hand gewählt: Die Zuweisungsregeln lassen diese Meldung unberührt, bis Sie sie ihnen wieder übergeben.</translation>
    </message>
    <message>
        <source>A user name has only letters, digits and . _ @ - (at most 100).</source>
        <translation>Ein Benutzername enthält nur Buchstaben, Ziffern und . _ @ - (höchstens 100).</translation>
    </message>
    <message>
        <source>Routed to %1 by hand.</source>
        <translation>Von Hand an %1 zugewiesen.</translation>
    </message>
    <message>
        <source>The routing rules apply again.</source>
        <translation>Die Zuweisungsregeln gelten wieder.</translation>
    </message>
    <message>
        <source>Forward to an external party</source>
        <translation>An einen externen Partner weiterleiten</translation>
    </message>
    <message>
        <source>&amp;Party (Fluvius, De Watergroep, …)</source>
        <translation>&amp;Partner (Fluvius, De Watergroep, …)</translation>
    </message>
    <message>
        <source>The reporters will be told the report waits for %1. Go on?</source>
        <translation>Die Melder werden informiert, dass die Meldung auf %1 wartet. Fortfahren?</translation>
    </message>
    <message>
        <source>Forwarded to %1.</source>
        <translation>An %1 weitergeleitet.</translation>
    </message>
    <message>
        <source>A sub-task for another department</source>
        <translation>Eine Teilaufgabe für eine andere Dienststelle</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;Was zu tun ist</translation>
    </message>
    <message>
        <source>The sub-task was made.</source>
        <translation>Die Teilaufgabe wurde angelegt.</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Nichts ausstehend.</translation>
    </message>
    <message>
        <source>Marked as called.</source>
        <translation>Als angerufen markiert.</translation>
    </message>
    <message>
        <source>Marked as unreachable.</source>
        <translation>Als nicht erreichbar markiert.</translation>
    </message>
    <message>
        <source>This desk cannot make the letters yet; they are listed here to print by hand.</source>
        <translation>Dieser Schalter kann die Briefe noch nicht erstellen; sie stehen hier, um von Hand gedruckt zu werden.</translation>
    </message>
    <message>
        <source>Not printable: %1</source>
        <translation>Nicht druckbar: %1</translation>
    </message>
    <message>
        <source>%1 letter(s) printed.</source>
        <translation>Gedruckte Briefe: %1.</translation>
    </message>
    <message>
        <source>Letters about reports</source>
        <translation>Briefe zu Meldungen</translation>
    </message>
</context>
<context>
    <name>ReportDashboardPage</name>
    <message>
        <source>Citizen reports: dashboard</source>
        <translation>Meldungen: Dashboard</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Zeit&amp;raum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Andere Tage</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Vo&amp;n</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Dienststelle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dienststelle</translation>
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
        <translation>De&amp;finitionen</translation>
    </message>
    <message>
        <source>Show the definitions of the figures</source>
        <translation>Die Definitionen der Kennzahlen anzeigen</translation>
    </message>
    <message>
        <source>Show or hide how each figure is counted (more room for the charts)</source>
        <translation>Anzeigen oder ausblenden, wie jede Kennzahl gezählt wird (mehr Platz für die Diagramme)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>Als P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Export chart or map as PNG</source>
        <translation>Diagramm oder Karte als PNG exportieren</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Nach Dienststelle</translation>
    </message>
    <message>
        <source>Per zone</source>
        <translation>Nach Zone</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Brennpunkte</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Kanalmix</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Engaged citizens</source>
        <translation>Engagierte Bürger</translation>
    </message>
    <message>
        <source>Residents of a zone</source>
        <translation>Einwohner einer Zone</translation>
    </message>
    <message>
        <source>Dashboard views</source>
        <translation>Ansichten des Dashboards</translation>
    </message>
    <message>
        <source>Map of the reports: heat and zones</source>
        <translation>Karte der Meldungen: Dichte und Zonen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Solved within term</source>
        <translation>Fristgerecht erledigt</translation>
    </message>
    <message>
        <source>Median lead time (days)</source>
        <translation>Median der Durchlaufzeit (Tage)</translation>
    </message>
    <message>
        <source>Reports per %1</source>
        <translation type="vanished">Meldungen nach %1</translation>
    </message>
    <message>
        <source>Chart of the reports per %1</source>
        <translation type="vanished">Diagramm der Meldungen nach %1</translation>
    </message>
    <message>
        <source>Hotspots &amp;by</source>
        <translation>&amp;Brennpunkte nach</translation>
    </message>
    <message>
        <source>Hotspots by</source>
        <translation>Brennpunkte nach</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Wo oder was</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Chart of the hotspots</source>
        <translation>Diagramm der Brennpunkte</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Digital share</source>
        <translation>Digitaler Anteil</translation>
    </message>
    <message>
        <source>Channel mix per month</source>
        <translation>Kanalmix je Monat</translation>
    </message>
    <message>
        <source>Chart of the channel mix per month</source>
        <translation>Diagramm des Kanalmix je Monat</translation>
    </message>
    <message>
        <source>Every view of this list is logged with your name (privacy).</source>
        <translation>Jeder Aufruf dieser Liste wird mit Ihrem Namen protokolliert (Datenschutz).</translation>
    </message>
    <message>
        <source>Reporters with two or more reports on one category or in one zone within the period, who agreed to be contacted again. </source>
        <translation>Melder mit zwei oder mehr Meldungen zu einer Kategorie oder in einer Zone im Zeitraum, die einer erneuten Kontaktaufnahme zugestimmt haben. </translation>
    </message>
    <message>
        <source>The persons whose address lies in the zone or the drawn area. </source>
        <translation>Die Personen, deren Adresse in der Zone oder im gezeichneten Bereich liegt. </translation>
    </message>
    <message>
        <source>&amp;Minimum reports</source>
        <translation>&amp;Mindestzahl Meldungen</translation>
    </message>
    <message>
        <source>Minimum reports</source>
        <translation>Mindestzahl Meldungen</translation>
    </message>
    <message>
        <source>Show &amp;engaged citizens</source>
        <translation>&amp;Engagierte Bürger anzeigen</translation>
    </message>
    <message>
        <source>Show engaged citizens</source>
        <translation>Engagierte Bürger anzeigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Their reports</source>
        <translation>Ihre Meldungen</translation>
    </message>
    <message>
        <source>Zo&amp;ne</source>
        <translation>Zo&amp;ne</translation>
    </message>
    <message>
        <source>Zone of the residents</source>
        <translation>Zone der Einwohner</translation>
    </message>
    <message>
        <source>Residents of the &amp;zone</source>
        <translation>Einwohner der &amp;Zone</translation>
    </message>
    <message>
        <source>Residents of the zone</source>
        <translation>Einwohner der Zone</translation>
    </message>
    <message>
        <source>Residents of the dra&amp;wn area</source>
        <translation>Einwohner des &amp;gezeichneten Bereichs</translation>
    </message>
    <message>
        <source>Residents of the drawn area</source>
        <translation>Einwohner des gezeichneten Bereichs</translation>
    </message>
    <message>
        <source>C&amp;lear the area</source>
        <translation>Bereich &amp;löschen</translation>
    </message>
    <message>
        <source>Clear the drawn area</source>
        <translation>Den gezeichneten Bereich löschen</translation>
    </message>
    <message>
        <source>Or click on the map to draw an area: each click adds a corner (at least three).</source>
        <translation>Oder klicken Sie auf die Karte, um einen Bereich zu zeichnen: Jeder Klick fügt eine Ecke hinzu (mindestens drei).</translation>
    </message>
    <message>
        <source>Map to draw an area on</source>
        <translation>Karte zum Zeichnen eines Bereichs</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Aufsuchende Arbeit</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Dienststellen</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose the days again.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie die Tage neu.</translation>
    </message>
    <message>
        <source>Choose at most %1 days at a time.</source>
        <translation>Wählen Sie höchstens %1 Tage auf einmal.</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the dashboard's figures are kept there.</source>
        <translation>Dieser Schalter ist mit keinem Vorgangsserver verbunden: Die Kennzahlen des Dashboards werden dort gespeichert.</translation>
    </message>
    <message>
        <source>Your role may not see this (the case store refused).</source>
        <translation>Ihre Rolle darf dies nicht sehen (der Vorgangsserver hat abgelehnt).</translation>
    </message>
    <message>
        <source>The case store does not know this request yet (an older version?).</source>
        <translation>Der Vorgangsserver kennt diese Anfrage noch nicht (eine ältere Version?).</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>Der Vorgangsserver hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Kennzahlen werden geladen…</translation>
    </message>
    <message>
        <source>The case store does not give this figure.</source>
        <translation>Der Vorgangsserver liefert diese Kennzahl nicht.</translation>
    </message>
    <message>
        <source>Within term, of those solved in the period (%1 of %2)</source>
        <translation>Fristgerecht, von den im Zeitraum erledigten (%1 von %2)</translation>
    </message>
    <message>
        <source>Within term, of those reported in the period (%1 of %2)</source>
        <translation>Fristgerecht, von den im Zeitraum gemeldeten (%1 von %2)</translation>
    </message>
    <message>
        <source>Within ten working days, of those solved in the period (%1 of %2)</source>
        <translation>Binnen zehn Werktagen, von den im Zeitraum erledigten (%1 von %2)</translation>
    </message>
    <message>
        <source>Within ten working days, of those reported in the period (%1 of %2)</source>
        <translation>Binnen zehn Werktagen, von den im Zeitraum gemeldeten (%1 von %2)</translation>
    </message>
    <message>
        <source>Lead time in days: median / 90th percentile</source>
        <translation>Durchlaufzeit in Tagen: Median / 90. Perzentil</translation>
    </message>
    <message>
        <source>Of the reports solved in the period. %1 reported in the period: %2 closed, %3 open.</source>
        <translation>Von den im Zeitraum erledigten Meldungen. Im Zeitraum gemeldet: %1, davon %2 abgeschlossen und %3 offen.</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Keine Meldungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Reports: the %1 largest</source>
        <translation>Meldungen: die %1 größten</translation>
    </message>
    <message>
        <source>Hotspots: this period against the previous one</source>
        <translation>Brennpunkte: dieser Zeitraum gegenüber dem vorherigen</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>Keine Kontakte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <source>Channel mix per month (%) against the target %1</source>
        <translation>Kanalmix je Monat (%) gegenüber dem Ziel %1</translation>
    </message>
    <message>
        <source>Loading the engaged citizens…</source>
        <translation>Engagierte Bürger werden geladen…</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Nobody reported twice or more on one topic in this period.</source>
        <translation>Niemand hat in diesem Zeitraum zweimal oder öfter zu einem Thema gemeldet.</translation>
    </message>
    <message>
        <source>Drawn area</source>
        <translation>Gezeichneter Bereich</translation>
    </message>
    <message>
        <source>Click at least three corners on the map first.</source>
        <translation>Klicken Sie zuerst mindestens drei Ecken auf der Karte an.</translation>
    </message>
    <message>
        <source>Choose a zone first.</source>
        <translation>Wählen Sie zuerst eine Zone.</translation>
    </message>
    <message>
        <source>Looking up the residents…</source>
        <translation>Einwohner werden gesucht…</translation>
    </message>
    <message>
        <source>Nobody lives there according to the register.</source>
        <translation>Laut Register wohnt dort niemand.</translation>
    </message>
    <message>
        <source>%1 residents.</source>
        <translation>Einwohner: %1.</translation>
    </message>
    <message>
        <source>%1 residents, the first %2 shown.</source>
        <translation>Einwohner: %1, die ersten %2 angezeigt.</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Die Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Closed by the deadline. Open and cancelled reports and sub-tasks not counted.</source>
        <translation>Bis zur Frist abgeschlossen. Offene und stornierte Meldungen und Teilaufgaben nicht gezählt.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the share closed on or before their deadline. Open and cancelled reports and sub-tasks are not counted.</source>
        <translation>Von den im Zeitraum erledigten Meldungen (nach ihrem Abschlussdatum): der Anteil, der bis zum Ablauf der Frist abgeschlossen wurde. Offene und stornierte Meldungen sowie Teilaufgaben werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Closed within ten working days of reporting. Open, cancelled and sub-tasks not counted.</source>
        <translation>Binnen zehn Werktagen erledigt. Offene und stornierte Meldungen und Teilaufgaben nicht gezählt.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the share closed within ten working days of being reported (weekends and Belgian public holidays skipped). Open and cancelled reports and sub-tasks are not counted.</source>
        <translation>Von den im Zeitraum erledigten Meldungen (nach ihrem Abschlussdatum): der Anteil, der binnen zehn Werktagen nach der Meldung abgeschlossen wurde (Wochenenden und belgische Feiertage ausgenommen). Offene und stornierte Meldungen sowie Teilaufgaben werden nicht gezählt.</translation>
    </message>
    <message>
        <source>As known today; an open report past its deadline counts as late.</source>
        <translation>Stand heute; eine offene Meldung nach Ablauf der Frist zählt als verspätet.</translation>
    </message>
    <message>
        <source>Of the reports made in the period, as known today: solved ones count, in time when closed on or before their deadline; an open report past its deadline counts as late; an open report not yet due, cancelled reports and sub-tasks are left out.</source>
        <translation>Von den im Zeitraum eingegangenen Meldungen, Stand heute: Erledigte zählen, fristgerecht, wenn sie bis zum Ablauf der Frist abgeschlossen wurden; eine offene Meldung nach Ablauf der Frist zählt als verspätet; eine offene, noch nicht fällige Meldung, stornierte Meldungen und Teilaufgaben bleiben außen vor.</translation>
    </message>
    <message>
        <source>As known today; an open report older than ten working days counts as late.</source>
        <translation>Stand heute; eine offene Meldung, die älter als zehn Werktage ist, zählt als verspätet.</translation>
    </message>
    <message>
        <source>Of the reports made in the period, as known today: solved ones count, in time when closed within ten working days; an open report more than ten working days old counts as late; an open report not yet ten working days old, cancelled reports and sub-tasks are left out.</source>
        <translation>Von den im Zeitraum eingegangenen Meldungen, Stand heute: Erledigte zählen, fristgerecht, wenn sie binnen zehn Werktagen abgeschlossen wurden; eine offene Meldung, die älter als zehn Werktage ist, zählt als verspätet; eine offene Meldung, die noch keine zehn Werktage alt ist, stornierte Meldungen und Teilaufgaben bleiben außen vor.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the time from reported to closed, in days; the median and the 90th percentile.</source>
        <translation>Von den im Zeitraum erledigten Meldungen (nach ihrem Abschlussdatum): die Zeit von der Meldung bis zum Abschluss, in Tagen; der Median und das 90. Perzentil.</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Meldungen nach Kategorie</translation>
    </message>
    <message>
        <source>Reports per department</source>
        <translation>Meldungen nach Dienststelle</translation>
    </message>
    <message>
        <source>Reports per zone</source>
        <translation>Meldungen nach Zone</translation>
    </message>
    <message>
        <source>Chart of the reports per category</source>
        <translation>Diagramm der Meldungen nach Kategorie</translation>
    </message>
    <message>
        <source>Chart of the reports per department</source>
        <translation>Diagramm der Meldungen nach Dienststelle</translation>
    </message>
    <message>
        <source>Chart of the reports per zone</source>
        <translation>Diagramm der Meldungen nach Zone</translation>
    </message>
</context>
<context>
    <name>ReportIntakePage</name>
    <message>
        <source>Citizen report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Find category</source>
        <translation>Kategorie &amp;suchen</translation>
    </message>
    <message>
        <source>Type a word: litter, pavement, lamp…</source>
        <translation>Geben Sie ein Wort ein: Abfall, Gehweg, Laterne…</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>S&amp;ub-category</source>
        <translation>&amp;Unterkategorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation>Ein Foto aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Take a photo with %1</source>
        <translation>Ein Foto mit %1 aufnehmen</translation>
    </message>
    <message>
        <source>This laptop has no camera Loket can use.</source>
        <translation>Dieser Laptop hat keine Kamera, die Loket nutzen kann.</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Scan a photo or document (SANE scanimage)</source>
        <translation>Ein Foto oder Dokument scannen (SANE scanimage)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Street and number, or pick a point on the map</source>
        <translation>Straße und Hausnummer, oder wählen Sie einen Punkt auf der Karte</translation>
    </message>
    <message>
        <source>Came in &amp;by</source>
        <translation>Eingegangen &amp;per</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation>Besuch vor Ort</translation>
    </message>
    <message>
        <source>Who reports it</source>
        <translation>Wer meldet</translation>
    </message>
    <message>
        <source>The citizen on screen</source>
        <translation>Der angezeigte Bürger</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>First &amp;name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-Ma&amp;il</translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Tell the outcome b&amp;y</source>
        <translation>Ergebnis &amp;mitteilen per</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Keine Mitteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>May be contacted again about this topic (consent)</source>
        <translation>Darf zu diesem Thema erneut kontaktiert werden (Einwilligung)</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>Meldung &amp;speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Me too: add the citizen to this report</source>
        <translation>&amp;Ich auch: den Bürger zu dieser Meldung hinzufügen</translation>
    </message>
    <message>
        <source>Open reports of this category within 50 m of the last 12 weeks appear here.</source>
        <translation>Offene Meldungen dieser Kategorie im Umkreis von 50 m aus den letzten 12 Wochen erscheinen hier.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Meine Meldungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>The citizen on screen: %1</source>
        <translation>Der angezeigte Bürger: %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>This photo is in the report already.</source>
        <translation>Dieses Foto ist bereits in der Meldung.</translation>
    </message>
    <message>
        <source>The place was taken from the photo.</source>
        <translation>Der Ort wurde aus dem Foto übernommen.</translation>
    </message>
    <message>
        <source>The scanner gave no image (is it connected and switched on?).</source>
        <translation>Der Scanner hat kein Bild geliefert (ist er angeschlossen und eingeschaltet?).</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scannen…</translation>
    </message>
    <message>
        <source>That address is not in the city's register: pick the point on the map.</source>
        <translation>Diese Adresse steht nicht im Register der Stadt: Wählen Sie den Punkt auf der Karte.</translation>
    </message>
    <message>
        <source>No place yet: a photo with its location, an address, or a click on the map.</source>
        <translation>Noch kein Ort: ein Foto mit Standort, eine Adresse oder ein Klick auf die Karte.</translation>
    </message>
    <message>
        <source>from the photo</source>
        <translation>aus dem Foto</translation>
    </message>
    <message>
        <source>from the address</source>
        <translation>aus der Adresse</translation>
    </message>
    <message>
        <source>picked on the map</source>
        <translation>auf der Karte gewählt</translation>
    </message>
    <message>
        <source>Place %1 (%2)</source>
        <translation>Ort %1 (%2)</translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation>außerhalb der Stadt</translation>
    </message>
    <message numerus="yes">
        <source>%n open report(s) of this category nearby: is it the same? Then choose it and "Me too".</source>
        <translation>
            <numerusform>%n offene Meldung dieser Kategorie in der Nähe: Ist es dieselbe? Dann wählen Sie sie und „Ich auch“.</numerusform>
            <numerusform>%n offene Meldungen dieser Kategorie in der Nähe: Ist es eine davon? Dann wählen Sie sie und „Ich auch“.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open report of this category within 50 m of the last 12 weeks.</source>
        <translation>Keine offene Meldung dieser Kategorie im Umkreis von 50 m aus den letzten 12 Wochen.</translation>
    </message>
    <message>
        <source>An anonymous citizen is not told of the outcome nor asked again.</source>
        <translation>Ein anonymer Bürger erhält keine Mitteilung über das Ergebnis und wird nicht erneut kontaktiert.</translation>
    </message>
    <message>
        <source>Needed to list the citizen among the city's engaged citizens.</source>
        <translation>Nötig, um den Bürger unter den engagierten Bürgern der Stadt zu führen.</translation>
    </message>
    <message>
        <source>Your role cannot take citizen reports; the case store would refuse them.</source>
        <translation>Ihre Rolle kann keine Meldungen erfassen; der Vorgangsserver würde sie ablehnen.</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>Außerhalb der Stadt</translation>
    </message>
    <message>
        <source>This place lies outside the city. Is the report really about it?</source>
        <translation>Dieser Ort liegt außerhalb der Stadt. Betrifft die Meldung wirklich diesen Ort?</translation>
    </message>
    <message>
        <source>&amp;Yes, save it</source>
        <translation>&amp;Ja, speichern</translation>
    </message>
    <message>
        <source>&amp;No, choose another place</source>
        <translation>&amp;Nein, einen anderen Ort wählen</translation>
    </message>
    <message>
        <source>Added to report %1 (me too). Intake number %2.</source>
        <translation>Zur Meldung %1 hinzugefügt (ich auch). Erfassungsnummer %2.</translation>
    </message>
    <message>
        <source>Report saved: %1.</source>
        <translation>Meldung gespeichert: %1.</translation>
    </message>
    <message>
        <source>Report saved with intake number %1; its reference follows after the next sync.</source>
        <translation>Meldung mit der Erfassungsnummer %1 gespeichert; die Referenz folgt nach der nächsten Synchronisation.</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>wartet auf Synchronisation</translation>
    </message>
    <message>
        <source>with the city</source>
        <translation>bei der Stadt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Type at least two letters or digits: name, national number, address or case number.</source>
        <translation>Mindestens zwei Buchstaben oder Ziffern: Name, Nationalregisternummer, Adresse oder Vorgangsnummer.</translation>
    </message>
    <message>
        <source>No person or case matches “%1”.</source>
        <translation>Keine Person und kein Vorgang für „%1“.</translation>
    </message>
    <message>
        <source>Many matches — type more to narrow down (↓ to choose, Enter to open)</source>
        <translation>Viele Treffer — weiter tippen zum Eingrenzen (↓ wählen, Eingabe öffnen)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) — ↓ to choose, Enter to open</source>
        <translation>
            <numerusform>%n Ergebnis(se) — ↓ wählen, Eingabe öffnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopMeasuresPage</name>
    <message>
        <source>Shop measures</source>
        <translation>Kennzahlen des Standorts</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>Stand&amp;ort</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Zeit&amp;raum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Andere Tage</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Vo&amp;n</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export chart as P&amp;NG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>D&amp;iagramm</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Visits per hour</source>
        <translation>Besuche pro Stunde</translation>
    </message>
    <message>
        <source>Median waiting time per hour</source>
        <translation>Median der Wartezeit pro Stunde</translation>
    </message>
    <message>
        <source>Waiting time (90th percentile) per hour</source>
        <translation>Wartezeit (90. Perzentil) pro Stunde</translation>
    </message>
    <message>
        <source>Median service time per hour</source>
        <translation>Median der Bearbeitungszeit pro Stunde</translation>
    </message>
    <message>
        <source>Chart per hour</source>
        <translation>Diagramm pro Stunde</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Je Anliegen</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Je Stunde</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Je Tag</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Ohne Termin</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Ausfallquote</translation>
    </message>
    <message>
        <source>Waiting median</source>
        <translation>Warten Median</translation>
    </message>
    <message>
        <source>Waiting p90</source>
        <translation>Warten p90</translation>
    </message>
    <message>
        <source>Service median</source>
        <translation>Dauer Median</translation>
    </message>
    <message>
        <source>Service p90</source>
        <translation>Dauer p90</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Measures per service</source>
        <translation>Kennzahlen je Anliegen</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Measures per hour</source>
        <translation>Kennzahlen je Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Measures per day</source>
        <translation>Kennzahlen je Tag</translation>
    </message>
    <message>
        <source>Only coordinators and administrators see the shop's measures.</source>
        <translation>Nur Koordinatoren und Administratoren sehen die Kennzahlen des Standorts.</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>Der Vorgangsserver hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the shop's measures are kept there.</source>
        <translation>Dieser Laptop ist mit keinem Vorgangsserver verbunden: Dort liegen die Kennzahlen des Standorts.</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose the days again.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie die Tage neu.</translation>
    </message>
    <message>
        <source>Choose at most %1 days at a time.</source>
        <translation>Wählen Sie höchstens %1 Tage auf einmal.</translation>
    </message>
    <message>
        <source>Loading the measures…</source>
        <translation>Kennzahlen werden geladen…</translation>
    </message>
    <message>
        <source>%1 visits (%2 a day)</source>
        <translation>%1 Besuche (%2 pro Tag)</translation>
    </message>
    <message>
        <source>waiting time median %1, 90 %: %2</source>
        <translation>Wartezeit Median %1, 90 %: %2</translation>
    </message>
    <message>
        <source>service time median %1, 90 %: %2</source>
        <translation>Bearbeitungszeit Median %1, 90 %: %2</translation>
    </message>
    <message>
        <source>no-shows %1</source>
        <translation>nicht erschienen %1</translation>
    </message>
    <message>
        <source>appointments %1 of the visits</source>
        <translation>Termine %1 der Besuche</translation>
    </message>
    <message>
        <source>Export the measures as CSV</source>
        <translation>Kennzahlen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message>
        <source>The case store cannot be reached: the queue is kept at reception; calls wait until it is back.</source>
        <translation>Der Vorgangsserver ist nicht erreichbar: Der Empfang führt die Warteschlange; Aufrufe warten, bis er zurück ist.</translation>
    </message>
    <message>
        <source>This service has no numbers for tickets issued without the case store; send the citizen to the desk directly.</source>
        <translation>Dieses Anliegen hat keine Nummern für Tickets ohne Vorgangsserver; schicken Sie den Bürger direkt zum Schalter.</translation>
    </message>
    <message>
        <source>Another desk was first: %1</source>
        <translation type="vanished">Ein anderer Schalter war schneller: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Another desk was first: this ticket has moved on meanwhile.</source>
        <translation>Ein anderer Schalter war schneller: Dieses Ticket wurde inzwischen weiterbearbeitet.</translation>
    </message>
    <message>
        <source>This ticket was called the most times allowed already: mark it as not shown up, or park it.</source>
        <translation>Dieses Ticket wurde bereits so oft wie erlaubt aufgerufen: Markieren Sie es als nicht erschienen oder parken Sie es.</translation>
    </message>
    <message>
        <source>The queue is too busy right now; call again.</source>
        <translation>Die Warteschlange ist gerade zu ausgelastet; rufen Sie erneut auf.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Loket — locked</source>
        <translation>Loket — gesperrt</translation>
    </message>
    <message>
        <source>Loket — sign in</source>
        <translation>Loket — Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Anmeldemeldung</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The screen is locked. Enter your password.</source>
        <translation>Der Bildschirm ist gesperrt. Passwort eingeben.</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Melden Sie sich mit Ihrem Dienstkonto an.</translation>
    </message>
    <message>
        <source>No case store is set for this laptop: only an account that signed in here before can sign in, and nothing will sync until a server is set.</source>
        <translation>Für diesen Laptop ist kein Vorgangsserver eingestellt: Nur ein Konto, das sich hier schon angemeldet hat, kann sich anmelden, und nichts wird synchronisiert, bis ein Server eingestellt ist.</translation>
    </message>
    <message>
        <source>No case store</source>
        <translation>Kein Vorgangsserver</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Benutzername und Passwort eingeben.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Text for the citizen</source>
        <translation>Text für den Bürger</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Neuer &amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Text for the citizen:</source>
        <translation>&amp;Text für den Bürger:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The citizen is notified of this status.</source>
        <translation>Der Bürger wird über diesen Status benachrichtigt.</translation>
    </message>
    <message>
        <source>No notification is sent for this status.</source>
        <translation>Für diesen Status wird keine Nachricht gesendet.</translation>
    </message>
    <message>
        <source>&amp;Reason for the decision:</source>
        <translation>&amp;Begründung der Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;What is still missing (one per line):</source>
        <translation>&amp;Was noch fehlt (eines pro Zeile):</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Begründung der Entscheidung</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Give the reason: the letter to the citizen prints it.</source>
        <translation>Geben Sie die Begründung an: Das Schreiben an den Bürger nennt sie.</translation>
    </message>
    <message>
        <source>List what is still missing: the letter to the citizen prints it.</source>
        <translation>Führen Sie auf, was noch fehlt: Das Schreiben an den Bürger nennt es.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synchronisation status</source>
        <translation>Synchronisationsstatus</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Synchronisation: …</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisiert…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>sync problem</source>
        <translation>Synchronisationsproblem</translation>
    </message>
    <message>
        <source>laptop withdrawn</source>
        <translation>Laptop gesperrt</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n Konflikt(e) zu lösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the conflicts and the changes the case store refused</source>
        <translation>Klicken, um die Konflikte und die vom Vorgangsserver abgelehnten Änderungen zu sehen</translation>
    </message>
    <message>
        <source>Click or press F5 to synchronise now</source>
        <translation>Klicken oder F5 zum Synchronisieren</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>at the counter</source>
        <translation>am Schalter</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>demo cards</name>
    <message>
        <source>Belgian citizen (applet 1.8, NL)</source>
        <translation>Belgischer Bürger (Applet 1.8, NL)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.8, FR)</source>
        <translation>Belgischer Bürger (Applet 1.8, FR)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.8, DE)</source>
        <translation>Belgischer Bürger (Applet 1.8, DE)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.7)</source>
        <translation>Belgischer Bürger (Applet 1.7)</translation>
    </message>
    <message>
        <source>Foreigner card A</source>
        <translation>Ausländerkarte A</translation>
    </message>
    <message>
        <source>EU citizen card</source>
        <translation>Karte für Unionsbürger</translation>
    </message>
    <message>
        <source>Kids card</source>
        <translation>Kids-ID</translation>
    </message>
    <message>
        <source>Birth date: year only</source>
        <translation>Geburtsdatum: nur das Jahr</translation>
    </message>
    <message>
        <source>Tampered card (identity altered)</source>
        <translation>Gefälschte Karte (Identität verändert)</translation>
    </message>
    <message>
        <source>Tampered card (photo altered)</source>
        <translation>Gefälschte Karte (Foto verändert)</translation>
    </message>
    <message>
        <source>Card not activated</source>
        <translation>Karte nicht aktiviert</translation>
    </message>
    <message>
        <source>Not an eID (bank card)</source>
        <translation>Kein eID (Bankkarte)</translation>
    </message>
    <message>
        <source>Specimen Alice (public test card)</source>
        <translation>Muster Alice (öffentliche Testkarte)</translation>
    </message>
    <message>
        <source>Specimen Nora (public EC test card)</source>
        <translation>Muster Nora (öffentliche EC-Testkarte)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save with the case</source>
        <translation>Zum Vorgang speichern</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Dokumentseiten</translation>
    </message>
    <message>
        <source>No preview on this laptop: </source>
        <translation>Keine Vorschau auf diesem Laptop: </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Zu druckende Briefe</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Zu tätigende Anrufe</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Alle drucken…</translation>
    </message>
    <message>
        <source>Mark selected call done</source>
        <translation>Ausgewählten Anruf als erledigt markieren</translation>
    </message>
    <message>
        <source>letters to print</source>
        <translation>zu druckende Briefe</translation>
    </message>
    <message>
        <source>calls to make</source>
        <translation>zu tätigende Anrufe</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Vorgangsübersicht</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved with the case.</source>
        <translation>Zum Vorgang gespeichert.</translation>
    </message>
    <message>
        <source>Citizen signs…</source>
        <translation>Bürger unterschreibt…</translation>
    </message>
    <message>
        <source>Let the citizen sign the receipt</source>
        <translation>Bürger die Bestätigung unterschreiben lassen</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Unterschriftsfeld</translation>
    </message>
    <message>
        <source>The citizen signs here with a pen or the mouse.</source>
        <translation>Der Bürger unterschreibt hier mit Stift oder Maus.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Sign in the white area.</source>
        <translation>Im weißen Feld unterschreiben.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>eid</name>
    <message>
        <source>The birth date on the card is in an unknown format.</source>
        <translation>Das Geburtsdatum auf der Karte hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>The identity card could not be read.</source>
        <translation>Der Personalausweis konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The smart card service is not running. Start the PC/SC service (pcscd) or ask IT support, then try again.</source>
        <translation>Der Chipkartendienst läuft nicht. Starten Sie den PC/SC-Dienst (pcscd) oder fragen Sie den IT-Dienst und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No card reader found. Connect the card reader and try again.</source>
        <translation>Kein Kartenleser gefunden. Schließen Sie den Kartenleser an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card reader is no longer available (unplugged?). Reconnect the reader and try again.</source>
        <translation>Der Kartenleser ist nicht mehr verfügbar (ausgesteckt?). Schließen Sie ihn wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card reader is in use by another program. Close it and try again.</source>
        <translation>Der Kartenleser wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No card in the reader. Insert the identity card (chip first, facing up).</source>
        <translation>Keine Karte im Lesegerät. Stecken Sie den Ausweis ein (Chip zuerst, nach oben).</translation>
    </message>
    <message>
        <source>The card was removed while it was being read. Put the card back and leave it in the reader until reading is finished.</source>
        <translation>Die Karte wurde während des Lesens entfernt. Stecken Sie sie wieder ein und lassen Sie sie im Lesegerät, bis das Lesen beendet ist.</translation>
    </message>
    <message>
        <source>This identity card has not been activated yet (cards issued by an embassy or consulate stay inactive until activated). Refer the citizen to the population service to activate the card.</source>
        <translation>Dieser Personalausweis ist noch nicht aktiviert (von einer Botschaft oder einem Konsulat ausgestellte Karten bleiben bis zur Aktivierung inaktiv). Verweisen Sie den Bürger an den Bevölkerungsdienst, um die Karte zu aktivieren.</translation>
    </message>
    <message>
        <source>This card is not a Belgian electronic identity card. Check that the right card is in the reader.</source>
        <translation>Diese Karte ist kein belgischer elektronischer Personalausweis. Prüfen Sie, ob die richtige Karte im Lesegerät steckt.</translation>
    </message>
    <message>
        <source>The card could not be read. Take the card out, clean the chip if needed, insert it again and retry.</source>
        <translation>Die Karte konnte nicht gelesen werden. Nehmen Sie die Karte heraus, reinigen Sie bei Bedarf den Chip, stecken Sie sie wieder ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data on the card is damaged or in an unknown format.</source>
        <translation>Die Daten auf der Karte sind beschädigt oder in einem unbekannten Format.</translation>
    </message>
    <message>
        <source>This is not a national number: it must have 11 digits (for example 85.07.30-033.61).</source>
        <translation>Das ist keine Nationalregisternummer: Sie muss 11 Ziffern haben (zum Beispiel 85.07.30-033.61).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>Karte nicht lesbar. Herausnehmen und erneut einstecken.</translation>
    </message>
    <message>
        <source>Some fields need attention; see the messages next to them.</source>
        <translation>Einige Felder sind zu prüfen.</translation>
    </message>
    <message>
        <source>Your role may not make this change; the case store would refuse it. Nothing was saved.</source>
        <translation>Ihre Rolle darf diese Änderung nicht vornehmen; der Vorgangsserver würde sie ablehnen. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>This change is no longer in the outbox (already discarded or re-submitted).</source>
        <translation>Diese Änderung ist nicht mehr in der Warteschlange (schon verworfen oder erneut eingereicht).</translation>
    </message>
    <message>
        <source>Only changes the case store refused can be re-submitted or discarded.</source>
        <translation>Nur vom Vorgangsserver abgelehnte Änderungen können erneut eingereicht oder verworfen werden.</translation>
    </message>
    <message>
        <source>Give a reason for discarding the change (it is written to the audit log).</source>
        <translation>Geben Sie einen Grund für das Verwerfen an (er wird im Audit-Protokoll vermerkt).</translation>
    </message>
    <message>
        <source>The record is no longer on this laptop; the change can only be discarded.</source>
        <translation>Der Datensatz ist nicht mehr auf diesem Laptop; die Änderung kann nur verworfen werden.</translation>
    </message>
    <message>
        <source>Records under it were already accepted by the case store; it cannot be discarded here. Ask a coordinator.</source>
        <translation>Abhängige Datensätze wurden vom Vorgangsserver schon angenommen; Verwerfen ist hier nicht möglich. Fragen Sie eine Koordinatorin oder einen Koordinator.</translation>
    </message>
    <message>
        <source>The case store cannot be reached. Your work is kept on this laptop and sent later.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Arbeit bleibt auf dem Laptop und wird später gesendet.</translation>
    </message>
    <message>
        <source>Sign in again to synchronise (user name or password not accepted).</source>
        <translation>Erneut anmelden zum Synchronisieren.</translation>
    </message>
    <message>
        <source>This laptop was withdrawn by the administrator; its local data was removed.</source>
        <translation>Dieser Laptop wurde vom Administrator gesperrt; die lokalen Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>Synchronisation failed: </source>
        <translation>Synchronisation fehlgeschlagen: </translation>
    </message>
    <message>
        <source>The file could not be found: </source>
        <translation>Datei nicht gefunden: </translation>
    </message>
    <message>
        <source>No permission to use the file: </source>
        <translation>Kein Zugriff auf die Datei: </translation>
    </message>
    <message>
        <source>The disk or network did not respond as expected: </source>
        <translation>Festplatte oder Netzwerk antworten nicht: </translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log; please tell the helpdesk.</source>
        <translation>Etwas ist schiefgelaufen. Details im Protokoll; bitte den Helpdesk informieren.</translation>
    </message>
    <message>
        <source>'{value}' is not a national number: it must have 11 digits (e.g. 85.07.30-033.61).</source>
        <translation>„{value}“ ist keine Nationalregisternummer: Sie muss 11 Ziffern haben (z. B. 85.07.30-033.61).</translation>
    </message>
    <message>
        <source>{number} is not a valid national number: the check digits do not match. Please check the number on the card.</source>
        <translation>{number} ist keine gültige Nationalregisternummer: Die Prüfziffern stimmen nicht. Prüfen Sie die Nummer auf der Karte.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so Loket cannot unlock its encrypted store. Nothing was written. Sign in to the desktop session (GNOME Keyring, KWallet or Windows Credential Manager) and start Loket again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann Loket seinen verschlüsselten Speicher nicht öffnen. Es wurde nichts geschrieben. Melden Sie sich an der Desktopsitzung an (GNOME Keyring, KWallet oder Windows-Anmeldeinformationsverwaltung) und starten Sie Loket erneut.</translation>
    </message>
    <message>
        <source>This laptop does not hold the key of this Loket store. A store copied from another laptop cannot be read: sync again on this laptop instead.</source>
        <translation>Dieser Laptop hat den Schlüssel dieses Loket-Speichers nicht. Ein von einem anderen Laptop kopierter Speicher kann nicht gelesen werden: Synchronisieren Sie stattdessen erneut auf diesem Laptop.</translation>
    </message>
    <message>
        <source>The key of this Loket store in the system keyring is damaged; the store cannot be read.</source>
        <translation>Der Schlüssel dieses Loket-Speichers im Schlüsselbund des Systems ist beschädigt; der Speicher kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The demo store's key file {path} is damaged; delete the demo folder to start afresh.</source>
        <translation>Die Schlüsseldatei {path} des Demo-Speichers ist beschädigt; löschen Sie den Demo-Ordner, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The demo store's key file {path} is missing; delete the demo folder to start afresh.</source>
        <translation>Die Schlüsseldatei {path} des Demo-Speichers fehlt; löschen Sie den Demo-Ordner, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>A person needs a surname.</source>
        <translation>Eine Person braucht einen Familiennamen.</translation>
    </message>
    <message>
        <source>A person with national number {number} already exists.</source>
        <translation>Eine Person mit der Nationalregisternummer {number} existiert bereits.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Wählen Sie ein Anliegen.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>Die Uhrzeit hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The number of persons must be 1 to {max}.</source>
        <translation>Die Anzahl Personen muss 1 bis {max} sein.</translation>
    </message>
    <message>
        <source>The time is in the past.</source>
        <translation>Die Uhrzeit liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Grund: {reason}.</translation>
    </message>
    <message>
        <source>Place: {reason}.</source>
        <translation>Ort: {reason}.</translation>
    </message>
    <message>
        <source>This appointment is not on this laptop.</source>
        <translation>Dieser Termin ist nicht auf diesem Laptop.</translation>
    </message>
    <message>
        <source>This appointment is {status} already; it cannot be finished again.</source>
        <translation>Dieser Termin ist bereits {status}; er kann nicht erneut abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The channel must be one of {channels}.</source>
        <translation>Der Kanal muss einer von {channels} sein.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and {max} minutes.</source>
        <translation>Die Dauer muss zwischen 1 und {max} Minuten liegen.</translation>
    </message>
    <message>
        <source>Your account has no department, so the notes cannot be kept private to it. Untick "private" or ask the administrator to set your department.</source>
        <translation>Ihr Konto hat keine Dienststelle, daher können die Notizen nicht privat bleiben. Entfernen Sie das Häkchen bei „privat“ oder bitten Sie die Verwaltung, Ihre Dienststelle einzustellen.</translation>
    </message>
    <message>
        <source>Outcome: {reason}.</source>
        <translation>Ergebnis: {reason}.</translation>
    </message>
    <message>
        <source>Notes: {reason}.</source>
        <translation>Notizen: {reason}.</translation>
    </message>
    <message>
        <source>The follow-up date is not a date.</source>
        <translation>Das Datum der Nachverfolgung ist kein Datum.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>Das Datum der Nachverfolgung liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>contains an invisible control character; type the text again without it</source>
        <translation>enthält ein unsichtbares Steuerzeichen; geben Sie den Text ohne es erneut ein</translation>
    </message>
    <message>
        <source>must be a single line (no line breaks or tabs)</source>
        <translation>muss eine einzige Zeile sein (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>marked as a no-show</source>
        <translation>als nicht erschienen markiert</translation>
    </message>
    <message>
        <source>The location in '{name}' is damaged; give the place by address or on the map.</source>
        <translation>Der Standort in „{name}“ ist beschädigt; geben Sie den Ort per Adresse oder auf der Karte an.</translation>
    </message>
    <message>
        <source>'{name}' is {size} MB; a photo may be at most {limit} MB.</source>
        <translation>„{name}“ hat {size} MB; ein Foto darf höchstens {limit} MB groß sein.</translation>
    </message>
    <message>
        <source>'{name}' is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <source>'{name}' does not say where it was taken; give the place by address or on the map.</source>
        <translation>„{name}“ enthält keinen Aufnahmeort; geben Sie den Ort per Adresse oder auf der Karte an.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>Das Feld „{what}“ muss Text sein.</translation>
    </message>
    <message>
        <source>Choose what the report is about (a category).</source>
        <translation>Wählen Sie, worum es in der Meldung geht (eine Kategorie).</translation>
    </message>
    <message>
        <source>'{category}' is not a report category.</source>
        <translation>„{category}“ ist keine Meldungskategorie.</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>Die Beschreibung muss Text sein.</translation>
    </message>
    <message>
        <source>The description is {n} characters long; at most {max} fit.</source>
        <translation>Die Beschreibung ist {n} Zeichen lang; höchstens {max} sind möglich.</translation>
    </message>
    <message>
        <source>'{channel}' is not a channel reports come in by.</source>
        <translation>„{channel}“ ist kein Kanal, über den Meldungen eingehen.</translation>
    </message>
    <message>
        <source>The location needs both a latitude and a longitude.</source>
        <translation>Der Standort braucht sowohl einen Breiten- als auch einen Längengrad.</translation>
    </message>
    <message>
        <source>Give the report's location: a photo with its place, an address from the city's register, or a point on the map.</source>
        <translation>Geben Sie den Ort der Meldung an: ein Foto mit Standort, eine Adresse aus dem Register der Stadt oder einen Punkt auf der Karte.</translation>
    </message>
    <message>
        <source>The location is not a valid point (latitude -90..90, longitude -180..180).</source>
        <translation>Der Standort ist kein gültiger Punkt (Breite -90..90, Länge -180..180).</translation>
    </message>
    <message>
        <source>This place lies outside the city. Confirm that the report is about it, or choose another place.</source>
        <translation>Dieser Ort liegt außerhalb der Stadt. Bestätigen Sie, dass die Meldung ihn betrifft, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>'{language}' is not a language the city writes in.</source>
        <translation>„{language}“ ist keine Sprache, in der die Stadt schreibt.</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>'{phone}' is not a phone number.</source>
        <translation>„{phone}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>'{channel}' is not a way to tell the citizen (e-mail, SMS, letter or phone).</source>
        <translation>„{channel}“ ist kein Weg, den Bürger zu informieren (E-Mail, SMS, Brief oder Telefon).</translation>
    </message>
    <message>
        <source>To be told by e-mail, give an e-mail address.</source>
        <translation>Für eine Mitteilung per E-Mail geben Sie eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>To be told by SMS or phone, give a phone number.</source>
        <translation>Für eine Mitteilung per SMS oder Telefon geben Sie eine Telefonnummer an.</translation>
    </message>
    <message>
        <source>A letter needs the citizen's address: choose the person (or tell them by e-mail, SMS or phone).</source>
        <translation>Für einen Brief wird die Adresse des Bürgers benötigt: Wählen Sie die Person (oder informieren Sie sie per E-Mail, SMS oder Telefon).</translation>
    </message>
    <message>
        <source>To be asked again about this topic, the citizen needs a person record, an e-mail address or a phone number.</source>
        <translation>Um zu diesem Thema erneut kontaktiert zu werden, braucht der Bürger einen Personeneintrag, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>'{ref}' is not a report reference.</source>
        <translation>„{ref}“ ist keine Meldungsreferenz.</translation>
    </message>
    <message>
        <source>At most 10 photos per report.</source>
        <translation>Höchstens 10 Fotos je Meldung.</translation>
    </message>
    <message>
        <source>This photo cannot be shown: the file is damaged.</source>
        <translation>Dieses Foto kann nicht angezeigt werden: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>'{name}' cannot be read: {reason}</source>
        <translation>„{name}“ kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The {what} {problem}.</source>
        <translation>Das Feld „{what}“ {problem}.</translation>
    </message>
    <message>
        <source>The description {problem}.</source>
        <translation>Die Beschreibung {problem}.</translation>
    </message>
    <message>
        <source>That person is not on this laptop.</source>
        <translation>Diese Person ist nicht auf diesem Laptop.</translation>
    </message>
    <message>
        <source>An anonymous report has no name, e-mail or phone number: remove them, or untick 'anonymous'.</source>
        <translation>Eine anonyme Meldung hat keinen Namen, keine E-Mail-Adresse und keine Telefonnummer: Entfernen Sie diese oder entfernen Sie das Häkchen bei „anonym“.</translation>
    </message>
    <message>
        <source>An anonymous citizen cannot be told of the outcome or asked again: untick 'anonymous', or choose no contact and no consent.</source>
        <translation>Ein anonymer Bürger kann weder über das Ergebnis informiert noch erneut kontaktiert werden: Entfernen Sie das Häkchen bei „anonym“ oder wählen Sie weder Kontakt noch Einwilligung.</translation>
    </message>
    <message>
        <source>A photo was not read (add it again).</source>
        <translation>Ein Foto wurde nicht gelesen (fügen Sie es erneut hinzu).</translation>
    </message>
    <message>
        <source>'{name}' has too many pixels (too large) to be a photo.</source>
        <translation>„{name}“ hat zu viele Pixel (zu groß) für ein Foto.</translation>
    </message>
    <message>
        <source>'{name}' is not a photo (not an image this desk can read).</source>
        <translation>„{name}“ ist kein Foto (kein Bild, das dieser Schalter lesen kann).</translation>
    </message>
    <message>
        <source>'{name}' cannot be read: the file is damaged.</source>
        <translation>„{name}“ kann nicht gelesen werden: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>'{name}' is a {kind} image; a photo must be JPEG, PNG or TIFF.</source>
        <translation>„{name}“ ist ein {kind}-Bild; ein Foto muss JPEG, PNG oder TIFF sein.</translation>
    </message>
    <message>
        <source>'{name}' is {w}×{h} pixels: too large to be a photo.</source>
        <translation>„{name}“ hat {w}×{h} Pixel: zu groß für ein Foto.</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message>
        <source>User name or password not accepted.</source>
        <translation>Benutzername oder Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>No case store is set, so only an account that signed in on this laptop before can sign in. Ask IT support to set the case store's address.</source>
        <translation>Es ist kein Vorgangsserver eingestellt, daher kann sich nur ein Konto anmelden, das sich auf diesem Laptop schon angemeldet hat. Bitten Sie den IT-Dienst, die Adresse des Vorgangsservers einzustellen.</translation>
    </message>
    <message>
        <source>The first sign-in on this laptop needs a connection to the case store.</source>
        <translation>Die erste Anmeldung auf diesem Laptop braucht eine Verbindung zum Server.</translation>
    </message>
</context>
<context>
    <name>ui.intake.receipt</name>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Bestätigung an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>must be confirmed</source>
        <translation>muss bestätigt werden</translation>
    </message>
    <message>
        <source>must refer to a stored attachment (SHA-256)</source>
        <translation>muss auf eine gespeicherte Anlage verweisen (SHA-256)</translation>
    </message>
    <message>
        <source>give budget lines as [{"description": "...", "amount": "12.50"}, ...]</source>
        <translation>geben Sie die Budgetzeilen als [{"description": "...", "amount": "12.50"}, ...] an</translation>
    </message>
    <message>
        <source>coordinates out of range</source>
        <translation>Koordinaten außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>'{value}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>„{value}“ ist kein Datum (verwenden Sie TT/MM/JJJJ oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>'{value}' has more than 2 decimals</source>
        <translation>„{value}“ hat mehr als 2 Nachkommastellen</translation>
    </message>
    <message>
        <source>at most {max} characters ({given} given)</source>
        <translation>höchstens {max} Zeichen ({given} eingegeben)</translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation>muss mindestens {min} sein</translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation>darf höchstens {max} sein</translation>
    </message>
    <message>
        <source>must be at least EUR {min}</source>
        <translation>muss mindestens {min} Euro betragen</translation>
    </message>
    <message>
        <source>must be at most EUR {max}</source>
        <translation>darf höchstens {max} Euro betragen</translation>
    </message>
    <message>
        <source>'{value}' is not one of: {options}</source>
        <translation>„{value}“ ist nicht eines von: {options}</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address</source>
        <translation>„{value}“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>'{value}' is not a phone number</source>
        <translation>„{value}“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>'{value}' is not an amount in euro</source>
        <translation>„{value}“ ist kein Betrag in Euro</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number</source>
        <translation>„{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>must not be before {field}</source>
        <translation>darf nicht vor {field} liegen</translation>
    </message>
    <message>
        <source>'{value}' is not yes or no</source>
        <translation>„{value}“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>must equal the budget total EUR {total}</source>
        <translation>muss der Budgetsumme von {total} Euro entsprechen</translation>
    </message>
    <message>
        <source>contains an invisible control character; type the text again without it</source>
        <translation>enthält ein unsichtbares Steuerzeichen; geben Sie den Text ohne es erneut ein</translation>
    </message>
    <message>
        <source>must be a single line (no line breaks or tabs)</source>
        <translation>muss eine einzige Zeile sein (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>A Belgian postal code has 4 digits.</source>
        <translation>Eine belgische Postleitzahl hat 4 Ziffern.</translation>
    </message>
</context>
</TS>
