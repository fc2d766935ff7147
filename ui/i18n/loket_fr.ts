<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>The slot was taken by someone else.</source>
        <translation>Le créneau a été pris par quelqu'un d'autre.</translation>
    </message>
    <message>
        <source>The time is in the past.</source>
        <translation>L'heure est dans le passé.</translation>
    </message>
    <message>
        <source>The time is outside the opening hours.</source>
        <translation>L'heure est en dehors des heures d'ouverture.</translation>
    </message>
    <message>
        <source>No appointment has this reference.</source>
        <translation>Aucun rendez-vous ne porte cette référence.</translation>
    </message>
    <message>
        <source>This service cannot be booked.</source>
        <translation>Ce service ne peut pas être réservé.</translation>
    </message>
    <message>
        <source>The case store does not let your account do this (your role, or a citizen outside your caseload).</source>
        <translation>Le serveur de dossiers ne le permet pas à votre compte (votre rôle, ou un citoyen hors de vos dossiers).</translation>
    </message>
    <message>
        <source>The advisor does not work at that time.</source>
        <translation>Le conseiller ne travaille pas à cette heure.</translation>
    </message>
    <message>
        <source>This appointment is no longer booked; it cannot be changed.</source>
        <translation>Ce rendez-vous n'est plus réservé ; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The case store does not know this citizen yet; synchronise first.</source>
        <translation>Le serveur de dossiers ne connaît pas encore ce citoyen ; synchronisez d'abord.</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>Le serveur de dossiers a refusé : %1</translation>
    </message>
    <message>
        <source>The case store cannot be reached; try again when the laptop is online.</source>
        <translation>Le serveur de dossiers est injoignable ; réessayez quand l'ordinateur est en ligne.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>To book</source>
        <translation>À réserver</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Citizen from the card</source>
        <translation>Citoyen de la carte</translation>
    </message>
    <message>
        <source>Search citizen:</source>
        <translation>Rechercher un citoyen :</translation>
    </message>
    <message>
        <source>Search citizen</source>
        <translation>Rechercher un citoyen</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trouvés :</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Citoyens trouvés</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Personnes :</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Show free slots</source>
        <translation>Voir les créneaux libres</translation>
    </message>
    <message>
        <source>Days with free slots</source>
        <translation>Jours avec créneaux libres</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Heures libres</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Reason for the appointment</source>
        <translation>Motif du rendez-vous</translation>
    </message>
    <message>
        <source>Place of the visit:</source>
        <translation>Lieu de la visite :</translation>
    </message>
    <message>
        <source>Place of the home visit</source>
        <translation>Lieu de la visite à domicile</translation>
    </message>
    <message>
        <source>Book the chosen time</source>
        <translation>Réserver l'heure choisie</translation>
    </message>
    <message>
        <source>Book the next free slot</source>
        <translation>Réserver le prochain créneau</translation>
    </message>
    <message>
        <source>Print confirmation</source>
        <translation>Imprimer la confirmation</translation>
    </message>
    <message>
        <source>The citizen's appointments</source>
        <translation>Rendez-vous du citoyen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Move to the chosen time</source>
        <translation>Déplacer à l'heure choisie</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Cancellation reference</source>
        <translation>Référence d'annulation</translation>
    </message>
    <message>
        <source>Cancel by reference</source>
        <translation>Annuler par référence</translation>
    </message>
    <message>
        <source>Bookings made while the case store could not be reached. They are booked as soon as it answers; a slot taken meanwhile is not booked and the next free slot is offered.</source>
        <translation>Réservations faites pendant que le serveur de dossiers était injoignable. Elles sont réservées dès qu'il répond ; si un créneau a été pris entre-temps, le prochain créneau libre est proposé.</translation>
    </message>
    <message>
        <source>Bookings waiting for the case store</source>
        <translation>Réservations en attente du serveur</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Prochain créneau libre</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Book the offered slot</source>
        <translation>Réserver le créneau proposé</translation>
    </message>
    <message>
        <source>Remove request</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Today's appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh today's appointments</source>
        <translation>Actualiser les rendez-vous du jour</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l'arrivée</translation>
    </message>
    <message>
        <source>Check in the chosen appointment</source>
        <translation>Enregistrer l'arrivée pour ce rendez-vous</translation>
    </message>
    <message>
        <source>No citizen chosen: read the card or search.</source>
        <translation>Aucun citoyen choisi : lisez la carte ou recherchez.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>No card in the reader.</source>
        <translation>Aucune carte dans le lecteur.</translation>
    </message>
    <message>
        <source>The citizen on the card is not registered on this laptop yet; register them first.</source>
        <translation>Le citoyen de la carte n'est pas encore enregistré sur cet ordinateur ; enregistrez-le d'abord.</translation>
    </message>
    <message>
        <source>No citizen found.</source>
        <translation>Aucun citoyen trouvé.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store: appointments cannot be booked now.</source>
        <translation>Cet ordinateur n'est pas relié à un serveur de dossiers : impossible de réserver des rendez-vous maintenant.</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Choisissez d'abord un service.</translation>
    </message>
    <message>
        <source>Looking for free slots…</source>
        <translation>Recherche de créneaux libres…</translation>
    </message>
    <message numerus="yes">
        <source>%n free slot(s) in the next weeks.</source>
        <translation>
            <numerusform>Créneaux libres dans les prochaines semaines : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free slot in the next weeks for this service.</source>
        <translation>Aucun créneau libre pour ce service dans les prochaines semaines.</translation>
    </message>
    <message>
        <source>Choose the citizen first (card or search).</source>
        <translation>Choisissez d'abord le citoyen (carte ou recherche).</translation>
    </message>
    <message>
        <source>Choose a service and a free time first.</source>
        <translation>Choisissez d'abord un service et une heure libre.</translation>
    </message>
    <message>
        <source>Not booked yet: the case store cannot be reached. The request is kept as "to book" and booked as soon as it answers.</source>
        <translation>Pas encore réservé : le serveur de dossiers est injoignable. La demande est gardée « à réserver » et réservée dès qu'il répond.</translation>
    </message>
    <message>
        <source>Booked: %1 at %2, %3, with %4. Cancellation reference: %5</source>
        <translation>Réservé : %1 à %2, %3, avec %4. Référence d'annulation : %5</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Non réservé : %1</translation>
    </message>
    <message>
        <source>Not booked: the slot was taken by someone else, and no other slot is free in the coming weeks.</source>
        <translation>Non réservé : le créneau a été pris par quelqu'un d'autre et aucun autre n'est libre dans les prochaines semaines.</translation>
    </message>
    <message>
        <source>Not booked: the slot was taken by someone else. Next free: %1</source>
        <translation>Non réservé : le créneau a été pris par quelqu'un d'autre. Prochain libre : %1</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>Confirmation du rendez-vous</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Pas encore de rendez-vous.</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>to book</source>
        <translation>à réserver</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>non réservé</translation>
    </message>
    <message>
        <source>This needs the case store; this laptop is not connected to one.</source>
        <translation>Il faut le serveur de dossiers ; cet ordinateur n'y est pas relié.</translation>
    </message>
    <message>
        <source>Cancelled: %1 (reference %2).</source>
        <translation>Annulé : %1 (référence %2).</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacé au %1.</translation>
    </message>
    <message>
        <source>Choose the appointment and the new free time first.</source>
        <translation>Choisissez d'abord le rendez-vous et la nouvelle heure libre.</translation>
    </message>
    <message>
        <source>Choose the appointment to cancel first.</source>
        <translation>Choisissez d'abord le rendez-vous à annuler.</translation>
    </message>
    <message>
        <source>Type the cancellation reference first.</source>
        <translation>Saisissez d'abord la référence d'annulation.</translation>
    </message>
    <message>
        <source>to book: waiting for the case store</source>
        <translation>à réserver : en attente du serveur</translation>
    </message>
    <message>
        <source>not booked: %1</source>
        <translation>non réservé : %1</translation>
    </message>
    <message>
        <source>No bookings are waiting.</source>
        <translation>Aucune réservation en attente.</translation>
    </message>
    <message>
        <source>To book (%1)</source>
        <translation>À réserver (%1)</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store.</source>
        <translation>Cet ordinateur n'est pas relié à un serveur de dossiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) confirmed.</source>
        <translation>
            <numerusform>%n réservation(s) confirmée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not booked: see the next free slot offered.</source>
        <translation>
            <numerusform>%n non réservée(s) : voir le créneau libre proposé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting: the case store cannot be reached.</source>
        <translation>
            <numerusform>%n toujours en attente : le serveur de dossiers est injoignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request that was not booked and has a next free slot.</source>
        <translation>Choisissez une demande non réservée qui a un prochain créneau libre.</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Aucun rendez-vous aujourd'hui.</translation>
    </message>
    <message>
        <source>Choose the appointment to check in first.</source>
        <translation>Choisissez d'abord le rendez-vous à enregistrer.</translation>
    </message>
    <message>
        <source>Ticket %1: the citizen waits to be called.</source>
        <translation>Ticket %1 : le citoyen attend d'être appelé.</translation>
    </message>
</context>
<context>
    <name>CallDisplay</name>
    <message>
        <source>Call display</source>
        <translation>Écran d'appel</translation>
    </message>
    <message>
        <source>City logo</source>
        <translation>Logo de la ville</translation>
    </message>
    <message>
        <source>Not connected to the case store; trying again.</source>
        <translation>Pas relié au serveur de dossiers ; nouvel essai.</translation>
    </message>
    <message>
        <source>Not connected to the case store.</source>
        <translation>Pas relié au serveur de dossiers.</translation>
    </message>
    <message>
        <source>Not connected to the case store: %1</source>
        <translation>Pas relié au serveur de dossiers : %1</translation>
    </message>
    <message>
        <source>No call yet</source>
        <translation>Pas encore d'appel</translation>
    </message>
</context>
<context>
    <name>CallDisplayPage</name>
    <message>
        <source>Call display</source>
        <translation>Écran d'appel</translation>
    </message>
    <message>
        <source>The last calls on a TV or a second screen, readable across the waiting room. Esc on the display closes it.</source>
        <translation>Les derniers appels sur une TV ou un second écran, lisibles dans toute la salle d'attente. Échap sur l'écran le ferme.</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Display &amp;language</source>
        <translation>Lan&amp;gue de l'écran</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Langue de l'écran</translation>
    </message>
    <message>
        <source>&amp;Open the call display</source>
        <translation>&amp;Ouvrir l'écran d'appel</translation>
    </message>
    <message>
        <source>No case store is set for this desk: the call display needs one.</source>
        <translation>Aucun serveur de dossiers n'est configuré : l'écran d'appel en a besoin.</translation>
    </message>
    <message>
        <source>Looking up the shops…</source>
        <translation>Recherche des sites…</translation>
    </message>
    <message>
        <source>The case store has no shops.</source>
        <translation>Le serveur de dossiers n'a aucun site.</translation>
    </message>
    <message>
        <source>The shops cannot be looked up: %1</source>
        <translation>Impossible de trouver les sites : %1</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>The camera took no photo.</source>
        <translation>L'appareil photo n'a pris aucune photo.</translation>
    </message>
    <message>
        <source>&amp;Take photo</source>
        <translation>&amp;Prendre la photo</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>No card reader service started</source>
        <translation>Service de lecteur non démarré</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>Carte eID</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;Nouveau citoyen</translation>
    </message>
    <message>
        <source>Add as new citizen</source>
        <translation>Ajouter comme nouveau citoyen</translation>
    </message>
    <message>
        <source>&amp;Open citizen</source>
        <translation>&amp;Ouvrir le citoyen</translation>
    </message>
    <message>
        <source>&amp;Review card changes…</source>
        <translation>&amp;Vérifier les changements…</translation>
    </message>
    <message>
        <source>Continue &amp;anyway (logged)…</source>
        <translation>Continuer &amp;quand même (journalisé)…</translation>
    </message>
    <message>
        <source>Continue with this citizen despite the altered card</source>
        <translation>Continuer avec ce citoyen malgré la carte modifiée</translation>
    </message>
    <message>
        <source>eID card panel</source>
        <translation>Panneau carte eID</translation>
    </message>
    <message>
        <source>Insert the citizen's eID card: identity and photo appear here, and the citizen is looked up by national number. F2 reads the card again.</source>
        <translation>Insérez la carte eID du citoyen : l'identité et la photo apparaissent ici et le citoyen est recherché par numéro national. F2 relit la carte.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Cette carte est expirée.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>test card</source>
        <translation>carte de test</translation>
    </message>
    <message>
        <source>ALTERED — do not rely on it</source>
        <translation>MODIFIÉE — ne pas s'y fier</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Signed by the National Register.</source>
        <translation>Signée par le Registre national.</translation>
    </message>
    <message>
        <source>Consistent, but not signed by a Belgian root: a test or specimen card.</source>
        <translation>Cohérente, mais non signée par une racine belge : carte de test ou spécimen.</translation>
    </message>
    <message>
        <source>The data does not match its signature. Check the physical card and ask for another document.</source>
        <translation>Les données ne correspondent pas à leur signature. Vérifiez la carte et demandez un autre document.</translation>
    </message>
    <message>
        <source>Part of the card could not be read. Read the card again (F2).</source>
        <translation>Une partie de la carte n'a pu être lue. Relisez la carte (F2).</translation>
    </message>
    <message>
        <source>Looking up the citizen…</source>
        <translation>Recherche du citoyen…</translation>
    </message>
    <message>
        <source>Not yet known on this laptop.</source>
        <translation>Pas encore connu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not yet known on this laptop; your role does not register citizens.</source>
        <translation>Pas encore connu sur cet ordinateur ; votre rôle n'enregistre pas de citoyens.</translation>
    </message>
    <message>
        <source>Known citizen, but this card was altered: check the identity with another document before you continue.</source>
        <translation>Citoyen connu, mais cette carte a été modifiée : vérifiez l'identité avec un autre document avant de continuer.</translation>
    </message>
    <message numerus="yes">
        <source>Known citizen; the card shows %n change(s).</source>
        <translation>
            <numerusform>Citoyen connu ; la carte montre %n changement(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Known citizen; the record matches the card.</source>
        <translation>Citoyen connu ; la fiche correspond à la carte.</translation>
    </message>
    <message>
        <source>Altered card: you continue with this citizen (logged).</source>
        <translation>Carte modifiée : vous continuez avec ce citoyen (journalisé).</translation>
    </message>
    <message>
        <source>Citizen added.</source>
        <translation>Citoyen ajouté.</translation>
    </message>
    <message>
        <source>Record updated from the card.</source>
        <translation>Fiche mise à jour depuis la carte.</translation>
    </message>
    <message>
        <source>unknown document</source>
        <translation>document inconnu</translation>
    </message>
    <message>
        <source>Belgian identity card</source>
        <translation>Carte d'identité belge</translation>
    </message>
    <message>
        <source>Kids-ID (Belgian child)</source>
        <translation>Kids-ID (enfant belge)</translation>
    </message>
    <message>
        <source>Kids-ID (foreign child)</source>
        <translation>Kids-ID (enfant étranger)</translation>
    </message>
    <message>
        <source>EU citizen card (EU)</source>
        <translation>Carte de citoyen de l'Union (EU)</translation>
    </message>
    <message>
        <source>EU citizen permanent residence card (EU+)</source>
        <translation>Carte de séjour permanent de citoyen de l'Union (EU+)</translation>
    </message>
    <message>
        <source>EU Blue Card (H)</source>
        <translation>Carte bleue européenne (H)</translation>
    </message>
    <message>
        <source>Foreigner card %1</source>
        <translation>Carte d'étranger %1</translation>
    </message>
    <message>
        <source>document type %1</source>
        <translation>type de document %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Third initial</source>
        <translation>Troisième initiale</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valable jusqu'au</translation>
    </message>
</context>
<context>
    <name>CardReviewDialog</name>
    <message>
        <source>The card differs from our record</source>
        <translation>La carte diffère de notre fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Now on record</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>Differences between the card and the record</source>
        <translation>Différences entre la carte et la fiche</translation>
    </message>
    <message>
        <source>Start an &amp;address change intake for the new address</source>
        <translation>Commencer un changement d'&amp;adresse</translation>
    </message>
    <message>
        <source>&amp;Apply ticked changes</source>
        <translation>&amp;Appliquer les changements cochés</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Tick what should be taken over from the card (Space toggles).</source>
        <translation>Cochez ce qui doit être repris de la carte (Espace bascule).</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>Carte valable jusqu'au</translation>
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
        <translation>Aucun lecteur connecté. Branchez le lecteur et insérez la carte.</translation>
    </message>
    <message>
        <source>There is no card in the reader.</source>
        <translation>Il n'y a pas de carte dans le lecteur.</translation>
    </message>
    <message>
        <source>The card reader service is not available on this laptop.</source>
        <translation>Le service de lecteur n'est pas disponible.</translation>
    </message>
    <message>
        <source>Looking for a card reader…</source>
        <translation>Recherche d'un lecteur…</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>No card reader connected</source>
        <translation>Aucun lecteur connecté</translation>
    </message>
    <message>
        <source>Reader ready — insert an eID card</source>
        <translation>Lecteur prêt — insérez une carte eID</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>Carte lue</translation>
    </message>
    <message>
        <source>The card reader service is not running</source>
        <translation>Le service de lecteur est arrêté</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>La carte n'a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>CaseDetailPage</name>
    <message>
        <source>Change &amp;status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Open &amp;citizen</source>
        <translation>Ouvrir le &amp;citoyen</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Documents du dossier</translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation>Données de la demande</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>This case is not on this laptop.</source>
        <translation>Ce dossier n'est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Track &amp; trace code</source>
        <translation>Code de suivi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Prévu pour le</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>to be paid</source>
        <translation>à payer</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Status changed.</source>
        <translation>Statut modifié.</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Récépissé</translation>
    </message>
    <message>
        <source>&amp;Letter for the citizen</source>
        <translation>&amp;Lettre au citoyen</translation>
    </message>
    <message>
        <source>Case &amp;summary</source>
        <translation>&amp;Résumé du dossier</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>prévu</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases and work queue</source>
        <translation>Dossiers et travail en attente</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard seulement</translation>
    </message>
    <message>
        <source>O&amp;pen only</source>
        <translation>&amp;Ouverts seulement</translation>
    </message>
    <message>
        <source>Filter on status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter on department</source>
        <translation>Filtrer par service</translation>
    </message>
    <message>
        <source>Filter on case type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
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
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Someone else changed the same detail while this laptop was offline. Compare both versions and choose the one that is right.</source>
        <translation>Quelqu'un d'autre a modifié la même donnée pendant que cet ordinateur était hors ligne. Comparez et choisissez.</translation>
    </message>
    <message>
        <source>Changed on this laptop</source>
        <translation>Modifié sur cet ordinateur</translation>
    </message>
    <message>
        <source>In the case store</source>
        <translation>Sur le serveur de dossiers</translation>
    </message>
    <message>
        <source>Keep &amp;this version</source>
        <translation>Garder &amp;cette version</translation>
    </message>
    <message>
        <source>Keep this laptop's version</source>
        <translation>Garder la version de cet ordinateur</translation>
    </message>
    <message>
        <source>Keep t&amp;hat version</source>
        <translation>Garder c&amp;elle-ci</translation>
    </message>
    <message>
        <source>Keep the case store's version</source>
        <translation>Garder la version du serveur</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflits (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused (%n)</source>
        <translation>
            <numerusform>Refusés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No conflicts, but the case store refused %n change(s): see Refused.</source>
        <translation>
            <numerusform>Aucun conflit, mais le serveur de dossiers a refusé %n modification(s) : voir Refusés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: everything is in agreement with the case store.</source>
        <translation>Aucun conflit : tout concorde avec le serveur.</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>Conflit résolu.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ConsultationPage</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes of the consultation</source>
        <translation>Notes de la consultation</translation>
    </message>
    <message>
        <source>Private: my department only</source>
        <translation>Privé : mon service uniquement</translation>
    </message>
    <message>
        <source>Your account has no department, so notes cannot be kept private.</source>
        <translation>Votre compte n'a pas de service : les notes ne peuvent pas rester privées.</translation>
    </message>
    <message>
        <source>Intakes started during this consultation</source>
        <translation>Demandes commencées pendant cette consultation</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start an &amp;intake…</source>
        <translation>Nouvelle de&amp;mande…</translation>
    </message>
    <message>
        <source>Start an intake for this citizen</source>
        <translation>Nouvelle demande pour ce citoyen</translation>
    </message>
    <message>
        <source>Finish the consultation</source>
        <translation>Terminer la consultation</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <source>Follow-up on a date</source>
        <translation>Suivi à une date</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date du suivi</translation>
    </message>
    <message>
        <source>&amp;Finish consultation</source>
        <translation>Ter&amp;miner la consultation</translation>
    </message>
    <message>
        <source>Finish consultation</source>
        <translation>Terminer la consultation</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Notes restored from the draft</source>
        <translation>Notes restaurées depuis le brouillon</translation>
    </message>
    <message>
        <source>This appointment is closed (%1); it cannot be finished again.</source>
        <translation>Ce rendez-vous est clos (%1) ; il ne peut pas être terminé à nouveau.</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Consultation : %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Draft: editing…</source>
        <translation>Brouillon : en cours…</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>No intake started yet.</source>
        <translation>Aucune demande commencée.</translation>
    </message>
    <message>
        <source>Consultation finished: the contact is in the citizen's history.</source>
        <translation>Consultation terminée : le contact figure dans l'historique du citoyen.</translation>
    </message>
    <message>
        <source>Consultation finished</source>
        <translation>Consultation terminée</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose file for %1</source>
        <translation>Choisir un fichier pour %1</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>naam@voorbeeld.be</source>
        <translation>nom@exemple.be</translation>
    </message>
    <message>
        <source>+32 …</source>
        <translation>+32 …</translation>
    </message>
    <message>
        <source>YY.MM.DD-XXX.CC</source>
        <translation>AA.MM.JJ-XXX.CC</translation>
    </message>
    <message>
        <source>Straat 1, 9999 Meerhoven / 51.05, 3.72</source>
        <translation>Rue 1, 9999 Meerhoven / 51.05, 3.72</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Travail de proximité</translation>
    </message>
    <message>
        <source>Theme desk</source>
        <translation>Guichet thématique</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Good day, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Read eID card  (F2)</source>
        <translation>Lire la carte eID  (F2)</translation>
    </message>
    <message>
        <source>Read eID card</source>
        <translation>Lire la carte eID</translation>
    </message>
    <message>
        <source>Search citizen or case  (Ctrl+F)</source>
        <translation>Rechercher  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search citizen or case</source>
        <translation>Rechercher un citoyen ou un dossier</translation>
    </message>
    <message>
        <source>New intake  (Ctrl+N)</source>
        <translation>Nouvelle demande  (Ctrl+N)</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Unfinished intakes (drafts)</source>
        <translation>Demandes inachevées (brouillons)</translation>
    </message>
    <message>
        <source>Today's home visits</source>
        <translation>Visites à domicile du jour</translation>
    </message>
    <message>
        <source>Prepared cases</source>
        <translation>Dossiers préparés</translation>
    </message>
    <message>
        <source>Today's consultations</source>
        <translation>Consultations du jour</translation>
    </message>
    <message>
        <source>Intakes today</source>
        <translation>Demandes du jour</translation>
    </message>
    <message>
        <source>Work queue per department</source>
        <translation>Travail en attente par service</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Walk-ins today</source>
        <translation>Visiteurs du jour</translation>
    </message>
    <message numerus="yes">
        <source>Offline — everything you do is kept on this laptop (%n waiting).</source>
        <translation>
            <numerusform>Hors ligne — tout reste sur cet ordinateur (%n en attente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Online — %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>En ligne — %n modification(s) en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d'envoi</translation>
    </message>
    <message>
        <source>Citizens on this laptop</source>
        <translation>Citoyens sur cet ordinateur</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Nothing yet today.</source>
        <translation>Rien encore aujourd'hui.</translation>
    </message>
    <message>
        <source>Resume: %1</source>
        <translation>Reprendre : %1</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Case &amp;type:</source>
        <translation>&amp;Type de demande :</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents à apporter</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Formulaire de demande</translation>
    </message>
    <message>
        <source>Fee, documents, attachments and channel</source>
        <translation>Redevance, documents, pièces jointes et canal</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Add attachment from a file</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>From &amp;scanner</source>
        <translation>Du &amp;scanner</translation>
    </message>
    <message>
        <source>Add the newest scan from the scanner folder</source>
        <translation>Ajouter le dernier scan</translation>
    </message>
    <message>
        <source>How is the citizen informed?</source>
        <translation>Comment informer le citoyen ?</translation>
    </message>
    <message>
        <source>Preferred channel of the citizen</source>
        <translation>Canal préféré du citoyen</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>numéro de GSM</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Numéro de GSM</translation>
    </message>
    <message>
        <source>Channel &amp;confirmed with the citizen</source>
        <translation>Canal &amp;confirmé avec le citoyen</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>au guichet</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>Intake &amp;via:</source>
        <translation>Demande &amp;via :</translation>
    </message>
    <message>
        <source>Fee &amp;paid</source>
        <translation>Redevance &amp;payée</translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) — works offline</source>
        <translation>Enregistrer (Ctrl+S) — aussi hors ligne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close the form; the draft is kept (Esc)</source>
        <translation>Fermer ; le brouillon est conservé (Échap)</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Imprimer le récépissé</translation>
    </message>
    <message>
        <source>&amp;Back to the citizen</source>
        <translation>&amp;Retour au citoyen</translation>
    </message>
    <message>
        <source>New intake: %1</source>
        <translation>Nouvelle demande : %1</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>No citizen chosen (anonymous intake)</source>
        <translation>Aucun citoyen choisi (demande anonyme)</translation>
    </message>
    <message>
        <source>The card in the reader is of %1, not of the citizen of this intake.</source>
        <translation>La carte dans le lecteur est celle de %1, pas celle du citoyen de cette demande.</translation>
    </message>
    <message>
        <source>The card in the reader is of %1; this intake is for no citizen.</source>
        <translation>La carte dans le lecteur est celle de %1 ; cette demande ne concerne aucun citoyen.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Brouillon restauré</translation>
    </message>
    <message>
        <source>Choose a case type (Alt+T) to show its form.</source>
        <translation>Choisissez un type de demande (Alt+T).</translation>
    </message>
    <message>
        <source>Draft: editing…</source>
        <translation>Brouillon : en cours…</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>None for now.</source>
        <translation>Aucune pour l'instant.</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Ajouter des pièces jointes</translation>
    </message>
    <message>
        <source>No scanner folder is set (Settings → scanner folder).</source>
        <translation>Aucun dossier de scanner n'est configuré.</translation>
    </message>
    <message>
        <source>The scanner folder is empty.</source>
        <translation>Le dossier du scanner est vide.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n champ(s) à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail is chosen, but there is no e-mail address.</source>
        <translation>L'e-mail est choisi, mais il n'y a pas d'adresse.</translation>
    </message>
    <message>
        <source>SMS is chosen, but there is no mobile number.</source>
        <translation>Le SMS est choisi, mais il n'y a pas de numéro.</translation>
    </message>
    <message>
        <source>Confirm the channel with the citizen first.</source>
        <translation>Confirmez d'abord le canal avec le citoyen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Intake saved</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>to be paid</source>
        <translation>à payer</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Track &amp; trace code</source>
        <translation>Code de suivi</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Prévu pour le</translation>
    </message>
    <message>
        <source>Saved on this laptop; it is sent to the case store at the next synchronisation.</source>
        <translation>Enregistré sur cet ordinateur ; envoyé au serveur lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Demo cards</source>
        <translation>Cartes de &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Retirer la carte</translation>
    </message>
    <message>
        <source>Search name, national number, address or case number  (Ctrl+F)</source>
        <translation>Rechercher nom, numéro national, adresse ou numéro de dossier  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search citizen or case</source>
        <translation>Rechercher un citoyen ou un dossier</translation>
    </message>
    <message>
        <source>Read card (F2)</source>
        <translation>Lire la carte (F2)</translation>
    </message>
    <message>
        <source>Read eID card</source>
        <translation>Lire la carte eID</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Cas&amp;es</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>current page</source>
        <translation>page actuelle</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Read card</source>
        <translation>&amp;Lire la carte</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Imprimer le récépissé</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Changer le &amp;statut</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Your role cannot start an intake; the case store would refuse it.</source>
        <translation>Votre rôle ne permet pas de commencer une demande ; le serveur de dossiers la refuserait.</translation>
    </message>
    <message>
        <source>The card in the reader was altered. Check the identity with another document and choose "Continue anyway" on the card panel first.</source>
        <translation>La carte dans le lecteur a été modifiée. Vérifiez l'identité avec un autre document et choisissez d'abord « Continuer quand même » dans le panneau de la carte.</translation>
    </message>
    <message>
        <source>No card reader service is running.</source>
        <translation>Aucun service de lecteur de carte.</translation>
    </message>
    <message>
        <source>Save an intake first; then its receipt can be printed.</source>
        <translation>Enregistrez d'abord une demande ; le récépissé pourra ensuite être imprimé.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a case store.</source>
        <translation>Cet ordinateur n'est pas relié à un serveur de dossiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification(s) en attente d'envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Another card was inserted: the previous citizen was closed.</source>
        <translation>Une autre carte a été insérée : le citoyen précédent a été fermé.</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>Rendez-&amp;vous</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Call &amp;display</source>
        <translation>Écran d'a&amp;ppel</translation>
    </message>
    <message>
        <source>Shop &amp;measures</source>
        <translation>Indicate&amp;urs</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>File d'atte&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>Réc&amp;eption</translation>
    </message>
    <message>
        <source>Report q&amp;ueue</source>
        <translation>C&amp;oordination</translation>
    </message>
    <message>
        <source>Rep&amp;orts dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Citizen re&amp;port</source>
        <translation>Si&amp;gnalement</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Drag or arrow keys to move, mouse wheel or plus and minus to zoom, Home for the whole city, click or Enter to pick a point</source>
        <translation>Glisser ou touches fléchées pour déplacer, molette ou plus et moins pour zoomer, Début pour toute la ville, clic ou Entrée pour choisir un point</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Offline map: the city's streets</source>
        <translation>Carte hors ligne : les rues de la ville</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Altered card</source>
        <translation>Carte modifiée</translation>
    </message>
    <message>
        <source>How was the identity checked?</source>
        <translation>Comment l'identité a-t-elle été vérifiée ?</translation>
    </message>
    <message>
        <source>&amp;How was the identity checked?</source>
        <translation>&amp;Comment l'identité a-t-elle été vérifiée ?</translation>
    </message>
    <message>
        <source>&amp;Continue with this citizen</source>
        <translation>Continuer avec ce ci&amp;toyen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The data on this card does not match its signature: the card was altered. Only continue with %1 after checking the identity with another document; your reason is written to the audit log.</source>
        <translation>Les données de cette carte ne correspondent pas à leur signature : la carte a été modifiée. Ne continuez avec %1 qu'après avoir vérifié l'identité avec un autre document ; votre motif est inscrit au journal d'audit.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Name of the citizen</source>
        <translation>Nom du citoyen</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Start an intake for this citizen (Ctrl+N)</source>
        <translation>Nouvelle demande pour ce citoyen (Ctrl+N)</translation>
    </message>
    <message>
        <source>History of the citizen</source>
        <translation>Historique du citoyen</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informé par</translation>
    </message>
    <message>
        <source>E-mail / phone</source>
        <translation>E-mail / téléphone</translation>
    </message>
    <message>
        <source>eID card</source>
        <translation>Carte eID</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>This person is not on this laptop.</source>
        <translation>Cette personne n'est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>no national number</source>
        <translation>pas de numéro national</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>valable jusqu'au</translation>
    </message>
    <message>
        <source>card expired</source>
        <translation>carte expirée</translation>
    </message>
    <message>
        <source>card expires soon</source>
        <translation>carte bientôt expirée</translation>
    </message>
    <message>
        <source>No suggestions for this citizen.</source>
        <translation>Aucune suggestion pour ce citoyen.</translation>
    </message>
    <message>
        <source>Start this intake</source>
        <translation>Commencer cette demande</translation>
    </message>
    <message>
        <source>Start intake: %1</source>
        <translation>Commencer : %1</translation>
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
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (avec %2)</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source>No earlier cases, contacts or appointments.</source>
        <translation>Aucun dossier, contact ou rendez-vous antérieur.</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Guichet</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Waiting for this desk</source>
        <translation>En attente pour ce guichet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation>Attente prévue</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Parked at this desk</source>
        <translation>En attente à ce guichet</translation>
    </message>
    <message>
        <source>Case store status</source>
        <translation>État du serveur de dossiers</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ticket at this desk</source>
        <translation>Ticket à ce guichet</translation>
    </message>
    <message>
        <source>&amp;Call next</source>
        <translation>Appeler le &amp;suivant</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Appeler le suivant</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>Ra&amp;ppeler</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>&amp;Park</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>Repre&amp;ndre</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Trans&amp;fer…</source>
        <translation>Transf&amp;érer…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>Term&amp;iner</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Choose the desk this laptop is.</source>
        <translation>Choisissez le guichet de cet ordinateur.</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(pas sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d'attente</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>rendez-vous %1</translation>
    </message>
    <message>
        <source>Nobody at this desk</source>
        <translation>Personne à ce guichet</translation>
    </message>
    <message>
        <source>%1 at this desk · %2 · called %3×</source>
        <translation>%1 à ce guichet · %2 · appelé %3×</translation>
    </message>
    <message>
        <source>Nobody waits for this desk.</source>
        <translation>Personne n'attend pour ce guichet.</translation>
    </message>
    <message>
        <source>%1 was called at another desk meanwhile; nobody else waits for this desk.</source>
        <translation>%1 a entre-temps été appelé à un autre guichet ; personne d'autre n'attend pour ce guichet.</translation>
    </message>
    <message>
        <source>%1 was called at another desk meanwhile; you called %2.</source>
        <translation>%1 a entre-temps été appelé à un autre guichet ; vous avez appelé %2.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Guichet : %1</translation>
    </message>
    <message>
        <source>Transfer the ticket to</source>
        <translation>Transférer le ticket à</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 terminé</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Citizen on the ticket</source>
        <translation>Citoyen sur le ticket</translation>
    </message>
    <message>
        <source>Citizen of the &amp;card</source>
        <translation>Cit&amp;oyen de la carte</translation>
    </message>
    <message>
        <source>Citizen of the card</source>
        <translation>Citoyen de la carte</translation>
    </message>
    <message>
        <source>&amp;Without citizen</source>
        <translation>Sa&amp;ns citoyen</translation>
    </message>
    <message>
        <source>Without citizen</source>
        <translation>Sans citoyen</translation>
    </message>
    <message>
        <source>Searc&amp;h citizen</source>
        <translation>Rec&amp;hercher un citoyen</translation>
    </message>
    <message>
        <source>Search citizen</source>
        <translation>Rechercher un citoyen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tro&amp;uver</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Citoyens trouvés</translation>
    </message>
    <message>
        <source>&amp;Issue ticket</source>
        <translation>É&amp;mettre le ticket</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>Émettre le ticket</translation>
    </message>
    <message>
        <source>&amp;Print ticket</source>
        <translation>Im&amp;primer le ticket</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Last ticket</source>
        <translation>Dernier ticket</translation>
    </message>
    <message>
        <source>Case store status</source>
        <translation>État du serveur de dossiers</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>This desk does not know the shop %1.</source>
        <translation>Cet ordinateur ne connaît pas le site %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n ticket(s) issued while the case store could not be reached…</source>
        <translation>
            <numerusform>Envoi de %n ticket(s) émis sans serveur de dossiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case store cannot be reached: tickets are numbered here and sent when it is back (%n waiting to be sent).</source>
        <translation>
            <numerusform>Le serveur de dossiers est injoignable : les tickets sont numérotés ici et envoyés à son retour (%n en attente).</numerusform>
        </translation>
    </message>
    <message>
        <source>No citizen: the ticket is issued without a name</source>
        <translation>Aucun citoyen : le ticket est émis sans nom</translation>
    </message>
    <message>
        <source>No card is read (or its citizen is not on this laptop): the ticket is issued without a citizen.</source>
        <translation>Aucune carte lue (ou son citoyen n'est pas sur cet ordinateur) : le ticket est émis sans citoyen.</translation>
    </message>
    <message>
        <source>No citizen found.</source>
        <translation>Aucun citoyen trouvé.</translation>
    </message>
    <message>
        <source>Ticket %1 issued</source>
        <translation>Ticket %1 émis</translation>
    </message>
    <message>
        <source>No ticket issued yet</source>
        <translation>Pas encore de ticket émis</translation>
    </message>
    <message>
        <source>expected wait %1</source>
        <translation>attente prévue %1</translation>
    </message>
    <message>
        <source>issued at reception (the case store gets it when it is back)</source>
        <translation>émis à l'accueil (le serveur de dossiers le reçoit à son retour)</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>The case store refused ticket %1: %2</source>
        <translation>Le serveur de dossiers a refusé le ticket %1 : %2</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>The case store said:</source>
        <translation>Le serveur de dossiers a répondu :</translation>
    </message>
    <message>
        <source>&amp;Re-submit</source>
        <translation>&amp;Soumettre à nouveau</translation>
    </message>
    <message>
        <source>Send the change again, with the record as it is now (correct the record first)</source>
        <translation>Renvoyer la modification avec la fiche telle qu'elle est maintenant (corrigez-la d'abord)</translation>
    </message>
    <message>
        <source>Re-submit &amp;all</source>
        <translation>Tout soumettre à &amp;nouveau</translation>
    </message>
    <message>
        <source>Why discard this change? (audit log)</source>
        <translation>Pourquoi abandonner cette modification ? (journal d'audit)</translation>
    </message>
    <message>
        <source>Reason for discarding</source>
        <translation>Motif de l'abandon</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Drop the change; the record goes back to the case store's version</source>
        <translation>Abandonner la modification ; la fiche reprend la version du serveur de dossiers</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>The case store refused none of the changes made on this laptop.</source>
        <translation>Le serveur de dossiers n'a refusé aucune modification de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your role may not make this change, or the record is outside your caseload.</source>
        <translation>Votre rôle ne permet pas cette modification, ou le dossier est hors de votre portefeuille.</translation>
    </message>
    <message>
        <source>Ask a coordinator to make the change; then discard it here.</source>
        <translation>Demandez à un coordinateur de faire la modification ; abandonnez-la ensuite ici.</translation>
    </message>
    <message>
        <source>This record is history and cannot be changed.</source>
        <translation>Cet élément fait partie de l'historique et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Discard the change.</source>
        <translation>Abandonnez la modification.</translation>
    </message>
    <message>
        <source>It refers to a person or case the case store does not have yet.</source>
        <translation>Elle renvoie à une personne ou un dossier que le serveur de dossiers n'a pas encore.</translation>
    </message>
    <message>
        <source>Re-submit the person or case it refers to first, then re-submit this one.</source>
        <translation>Soumettez d'abord à nouveau la personne ou le dossier concerné, puis celle-ci.</translation>
    </message>
    <message>
        <source>The record does not exist in the case store.</source>
        <translation>La fiche n'existe pas sur le serveur de dossiers.</translation>
    </message>
    <message>
        <source>Re-submit the record's creation first, then this change; or discard it.</source>
        <translation>Soumettez d'abord à nouveau la création de la fiche, puis cette modification ; ou abandonnez-la.</translation>
    </message>
    <message>
        <source>The case store found the data invalid.</source>
        <translation>Le serveur de dossiers a jugé les données invalides.</translation>
    </message>
    <message>
        <source>Correct the record, then re-submit.</source>
        <translation>Corrigez la fiche, puis soumettez à nouveau.</translation>
    </message>
    <message>
        <source>The message for the citizen was not accepted (e-mail or phone number).</source>
        <translation>Le message pour le citoyen n'a pas été accepté (adresse e-mail ou numéro de téléphone).</translation>
    </message>
    <message>
        <source>Correct the citizen's contact details, then re-submit.</source>
        <translation>Corrigez les coordonnées du citoyen, puis soumettez à nouveau.</translation>
    </message>
    <message>
        <source>The case store does not know this kind of record.</source>
        <translation>Le serveur de dossiers ne connaît pas ce type de fiche.</translation>
    </message>
    <message>
        <source>Discard the change and tell the helpdesk.</source>
        <translation>Abandonnez la modification et prévenez le helpdesk.</translation>
    </message>
    <message>
        <source>Someone else changed the same record.</source>
        <translation>Quelqu'un d'autre a modifié la même fiche.</translation>
    </message>
    <message>
        <source>Check the record, correct it where needed, then re-submit.</source>
        <translation>Vérifiez la fiche, corrigez-la si nécessaire, puis soumettez à nouveau.</translation>
    </message>
    <message>
        <source>The case store could not find what the change refers to.</source>
        <translation>Le serveur de dossiers n'a pas trouvé ce à quoi la modification renvoie.</translation>
    </message>
    <message>
        <source>Re-submit once the record it refers to is in the case store; or discard it.</source>
        <translation>Soumettez à nouveau quand la fiche concernée est sur le serveur de dossiers ; ou abandonnez-la.</translation>
    </message>
    <message>
        <source>The case store had a problem with this change.</source>
        <translation>Le serveur de dossiers a eu un problème avec cette modification.</translation>
    </message>
    <message>
        <source>Re-submit later; if it is refused again, tell the helpdesk.</source>
        <translation>Soumettez à nouveau plus tard ; si elle est à nouveau refusée, prévenez le helpdesk.</translation>
    </message>
    <message>
        <source>The case store refused this change.</source>
        <translation>Le serveur de dossiers a refusé cette modification.</translation>
    </message>
    <message>
        <source>Read the case store's message, correct the record, then re-submit; or discard it.</source>
        <translation>Lisez le message du serveur de dossiers, corrigez la fiche, puis soumettez à nouveau ; ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Message to the citizen</source>
        <translation>Message au citoyen</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>The change is sent again at the next synchronisation.</source>
        <translation>La modification sera renvoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The refused changes are sent again at the next synchronisation.</source>
        <translation>Les modifications refusées seront renvoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Change discarded; written to the audit log.</source>
        <translation>Modification abandonnée ; inscrite au journal d'audit.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
</context>
<context>
    <name>ReportCoordinatorPage</name>
    <message>
        <source>Citizen reports: coordination</source>
        <translation>Signalements : coordination</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Past 3×</source>
        <translation>3× en retard</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverts</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Ouverts (tous)</translation>
    </message>
    <message>
        <source>Reports nobody has handled yet</source>
        <translation>Signalements que personne n'a encore traités</translation>
    </message>
    <message>
        <source>Open reports past their deadline</source>
        <translation>Signalements ouverts dont l'échéance est dépassée</translation>
    </message>
    <message>
        <source>Open reports past three times their term</source>
        <translation>Signalements ouverts dépassant trois fois leur délai</translation>
    </message>
    <message>
        <source>Open reports that were reopened</source>
        <translation>Signalements ouverts qui ont été rouverts</translation>
    </message>
    <message>
        <source>Reports waiting on a third party</source>
        <translation>Signalements en attente d'un tiers</translation>
    </message>
    <message>
        <source>Every open report</source>
        <translation>Tous les signalements ouverts</translation>
    </message>
    <message>
        <source>Lists of reports</source>
        <translation>Listes de signalements</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>Catégori&amp;e</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
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
        <translation>Référence</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Déclarants</translation>
    </message>
    <message>
        <source>Reports in the list</source>
        <translation>Signalements de la liste</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>More reports</source>
        <translation>Plus de signalements</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Actualiser la liste</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d'attente</translation>
    </message>
    <message>
        <source>Letters and calls</source>
        <translation>Lettres et appels</translation>
    </message>
    <message>
        <source>Queue, letters and calls</source>
        <translation>File d'attente, lettres et appels</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Letters or calls</source>
        <translation>Lettres ou appels</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Lettres à imprimer</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Appels à passer</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Phone or address</source>
        <translation>Téléphone ou adresse</translation>
    </message>
    <message>
        <source>Letters and calls waiting</source>
        <translation>Lettres et appels en attente</translation>
    </message>
    <message>
        <source>Phone &amp;script</source>
        <translation>&amp;Script d'appel</translation>
    </message>
    <message>
        <source>Phone script or letter text</source>
        <translation>Script d'appel ou texte de la lettre</translation>
    </message>
    <message>
        <source>&amp;Print the letters…</source>
        <translation>&amp;Imprimer les lettres…</translation>
    </message>
    <message>
        <source>Print the letters</source>
        <translation>Imprimer les lettres</translation>
    </message>
    <message>
        <source>Ca&amp;lled</source>
        <translation>Appe&amp;lé</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>U&amp;nreachable</source>
        <translation>I&amp;njoignable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <source>Change c&amp;ategory…</source>
        <translation>Autre c&amp;atégorie…</translation>
    </message>
    <message>
        <source>Mo&amp;ve the point</source>
        <translation>&amp;Déplacer le point</translation>
    </message>
    <message>
        <source>&amp;Route to…</source>
        <translation>A&amp;ttribuer à…</translation>
    </message>
    <message>
        <source>Back to the r&amp;ules</source>
        <translation>Retour aux &amp;règles</translation>
    </message>
    <message>
        <source>For&amp;ward…</source>
        <translation>T&amp;ransmettre…</translation>
    </message>
    <message>
        <source>Su&amp;b-task…</source>
        <translation>Sous-tâc&amp;he…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History of the report</source>
        <translation>Historique du signalement</translation>
    </message>
    <message>
        <source>Messages to the reporters</source>
        <translation>Messages aux déclarants</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status told</source>
        <translation>Statut communiqué</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Map: the report and the open reports nearby</source>
        <translation>Carte : le signalement et les signalements ouverts à proximité</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>Only coordinators may do this (the case store refused).</source>
        <translation>Seuls les coordinateurs peuvent faire cela (le serveur de dossiers a refusé).</translation>
    </message>
    <message>
        <source>The case store does not know this report (any more): %1</source>
        <translation>Le serveur de dossiers ne connaît pas (ou plus) ce signalement : %1</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>Le serveur de dossiers a refusé : %1</translation>
    </message>
    <message>
        <source>Tell the citizen?</source>
        <translation>Informer le citoyen ?</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the reports are kept there.</source>
        <translation>Ce guichet n'est pas relié à un serveur de dossiers : les signalements y sont conservés.</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>No reports in this list.</source>
        <translation>Aucun signalement dans cette liste.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>Choose a report in the list.</source>
        <translation>Choisissez un signalement dans la liste.</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribué à %1</translation>
    </message>
    <message>
        <source>routed by hand</source>
        <translation>attribué manuellement</translation>
    </message>
    <message>
        <source>routed by the rules</source>
        <translation>attribué selon les règles</translation>
    </message>
    <message>
        <source>forwarded to %1</source>
        <translation>transmis à %1</translation>
    </message>
    <message>
        <source>deadline %1 (3×: %2)</source>
        <translation>échéance %1 (3× : %2)</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>sub-task of %1</source>
        <translation>sous-tâche de %1</translation>
    </message>
    <message>
        <source>sub-tasks: %1</source>
        <translation>sous-tâches : %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Signalé par : %1</translation>
    </message>
    <message>
        <source>No reporter (anonymous).</source>
        <translation>Aucun déclarant (anonyme).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>à imprimer</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>to call</source>
        <translation>à appeler</translation>
    </message>
    <message>
        <source>called</source>
        <translation>appelé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>No messages to the reporters yet.</source>
        <translation>Aucun message aux déclarants pour l'instant.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source> (the citizen is told)</source>
        <translation> (le citoyen est informé)</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Nouveau statut</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>%1 cannot follow %2.</source>
        <translation>%1 ne peut pas suivre %2.</translation>
    </message>
    <message>
        <source>%1 reporter(s) will be told that the report is now “%2” (by %3). Go on?</source>
        <translation>Déclarants qui seront informés que le signalement est maintenant « %2 » (par %3) : %1. Continuer ?</translation>
    </message>
    <message>
        <source>The status is now %1.</source>
        <translation>Le statut est maintenant %1.</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>Changer la catégorie</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>The department, the term and the deadlines follow the category.</source>
        <translation>Le service, le délai et les échéances découlent de la catégorie.</translation>
    </message>
    <message>
        <source>The category is now %1.</source>
        <translation>La catégorie est maintenant %1.</translation>
    </message>
    <message>
        <source>Click the report's right place on the map.</source>
        <translation>Cliquez sur la carte à l'endroit exact du signalement.</translation>
    </message>
    <message>
        <source>This point lies outside the city. Move the report there anyway?</source>
        <translation>Ce point se trouve hors de la ville. Y déplacer quand même le signalement ?</translation>
    </message>
    <message>
        <source>The report was moved.</source>
        <translation>Le signalement a été déplacé.</translation>
    </message>
    <message>
        <source>Route the report</source>
        <translation>Attribuer le signalement</translation>
    </message>
    <message>
        <source>&amp;Person (user name, optional)</source>
        <translation>&amp;Personne (nom d'utilisateur, facultatif)</translation>
    </message>
    <message>
        <source>Chosen by hand: the routing rules leave this report alone until you send it back to them.</source>
        <translation>Choisi manuellement : les règles d'attribution ne touchent plus à ce signalement jusqu'à ce que vous le leur rendiez.</translation>
    </message>
    <message>
        <source>A user name has only letters, digits and . _ @ - (at most 100).</source>
        <translation>Un nom d'utilisateur ne contient que des lettres, des chiffres et . _ @ - (100 au plus).</translation>
    </message>
    <message>
        <source>Routed to %1 by hand.</source>
        <translation>Attribué manuellement à %1.</translation>
    </message>
    <message>
        <source>The routing rules apply again.</source>
        <translation>Les règles d'attribution s'appliquent à nouveau.</translation>
    </message>
    <message>
        <source>Forward to an external party</source>
        <translation>Transmettre à un tiers</translation>
    </message>
    <message>
        <source>&amp;Party (Fluvius, De Watergroep, …)</source>
        <translation>&amp;Tiers (Fluvius, De Watergroep, …)</translation>
    </message>
    <message>
        <source>The reporters will be told the report waits for %1. Go on?</source>
        <translation>Les déclarants seront informés que le signalement attend %1. Continuer ?</translation>
    </message>
    <message>
        <source>Forwarded to %1.</source>
        <translation>Transmis à %1.</translation>
    </message>
    <message>
        <source>A sub-task for another department</source>
        <translation>Une sous-tâche pour un autre service</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;Ce qu'il faut faire</translation>
    </message>
    <message>
        <source>The sub-task was made.</source>
        <translation>La sous-tâche a été créée.</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Rien en attente.</translation>
    </message>
    <message>
        <source>Marked as called.</source>
        <translation>Marqué comme appelé.</translation>
    </message>
    <message>
        <source>Marked as unreachable.</source>
        <translation>Marqué comme injoignable.</translation>
    </message>
    <message>
        <source>This desk cannot make the letters yet; they are listed here to print by hand.</source>
        <translation>Ce guichet ne peut pas encore produire les lettres ; elles sont listées ici pour être imprimées à la main.</translation>
    </message>
    <message>
        <source>Not printable: %1</source>
        <translation>Impossible à imprimer : %1</translation>
    </message>
    <message>
        <source>%1 letter(s) printed.</source>
        <translation>Lettres imprimées : %1.</translation>
    </message>
    <message>
        <source>Letters about reports</source>
        <translation>Lettres sur des signalements</translation>
    </message>
</context>
<context>
    <name>ReportDashboardPage</name>
    <message>
        <source>Citizen reports: dashboard</source>
        <translation>Signalements : tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Autres jours</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
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
        <translation>Dé&amp;finitions</translation>
    </message>
    <message>
        <source>Show the definitions of the figures</source>
        <translation>Afficher les définitions des chiffres</translation>
    </message>
    <message>
        <source>Show or hide how each figure is counted (more room for the charts)</source>
        <translation>Afficher ou masquer le mode de calcul de chaque chiffre (plus de place pour les graphiques)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Exporter le tableau en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>Export chart or map as PNG</source>
        <translation>Exporter le graphique ou la carte en PNG</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Per department</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>Per zone</source>
        <translation>Par zone</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Répartition des canaux</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Engaged citizens</source>
        <translation>Citoyens engagés</translation>
    </message>
    <message>
        <source>Residents of a zone</source>
        <translation>Habitants d'une zone</translation>
    </message>
    <message>
        <source>Dashboard views</source>
        <translation>Vues du tableau de bord</translation>
    </message>
    <message>
        <source>Map of the reports: heat and zones</source>
        <translation>Carte des signalements : densité et zones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Solved within term</source>
        <translation>Résolus dans le délai</translation>
    </message>
    <message>
        <source>Median lead time (days)</source>
        <translation>Délai de traitement médian (jours)</translation>
    </message>
    <message>
        <source>Reports per %1</source>
        <translation type="vanished">Signalements par %1</translation>
    </message>
    <message>
        <source>Chart of the reports per %1</source>
        <translation type="vanished">Graphique des signalements par %1</translation>
    </message>
    <message>
        <source>Hotspots &amp;by</source>
        <translation>Points chauds &amp;par</translation>
    </message>
    <message>
        <source>Hotspots by</source>
        <translation>Points chauds par</translation>
    </message>
    <message>
        <source>Where or what</source>
        <translation>Où ou quoi</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Chart of the hotspots</source>
        <translation>Graphique des points chauds</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Digital share</source>
        <translation>Part numérique</translation>
    </message>
    <message>
        <source>Channel mix per month</source>
        <translation>Répartition des canaux par mois</translation>
    </message>
    <message>
        <source>Chart of the channel mix per month</source>
        <translation>Graphique de la répartition des canaux par mois</translation>
    </message>
    <message>
        <source>Every view of this list is logged with your name (privacy).</source>
        <translation>Chaque consultation de cette liste est journalisée avec votre nom (vie privée).</translation>
    </message>
    <message>
        <source>Reporters with two or more reports on one category or in one zone within the period, who agreed to be contacted again. </source>
        <translation>Déclarants ayant fait au moins deux signalements dans une même catégorie ou une même zone au cours de la période, et qui ont accepté d'être recontactés. </translation>
    </message>
    <message>
        <source>The persons whose address lies in the zone or the drawn area. </source>
        <translation>Les personnes dont l'adresse se trouve dans la zone ou dans la surface dessinée. </translation>
    </message>
    <message>
        <source>&amp;Minimum reports</source>
        <translation>&amp;Minimum de signalements</translation>
    </message>
    <message>
        <source>Minimum reports</source>
        <translation>Minimum de signalements</translation>
    </message>
    <message>
        <source>Show &amp;engaged citizens</source>
        <translation>Afficher les citoyens &amp;engagés</translation>
    </message>
    <message>
        <source>Show engaged citizens</source>
        <translation>Afficher les citoyens engagés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Their reports</source>
        <translation>Leurs signalements</translation>
    </message>
    <message>
        <source>Zo&amp;ne</source>
        <translation>Zo&amp;ne</translation>
    </message>
    <message>
        <source>Zone of the residents</source>
        <translation>Zone des habitants</translation>
    </message>
    <message>
        <source>Residents of the &amp;zone</source>
        <translation>Habitants de la &amp;zone</translation>
    </message>
    <message>
        <source>Residents of the zone</source>
        <translation>Habitants de la zone</translation>
    </message>
    <message>
        <source>Residents of the dra&amp;wn area</source>
        <translation>Habitants de la surface &amp;dessinée</translation>
    </message>
    <message>
        <source>Residents of the drawn area</source>
        <translation>Habitants de la surface dessinée</translation>
    </message>
    <message>
        <source>C&amp;lear the area</source>
        <translation>E&amp;ffacer la surface</translation>
    </message>
    <message>
        <source>Clear the drawn area</source>
        <translation>Effacer la surface dessinée</translation>
    </message>
    <message>
        <source>Or click on the map to draw an area: each click adds a corner (at least three).</source>
        <translation>Ou cliquez sur la carte pour dessiner une surface : chaque clic ajoute un coin (au moins trois).</translation>
    </message>
    <message>
        <source>Map to draw an area on</source>
        <translation>Carte pour dessiner une surface</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Travail de proximité</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose the days again.</source>
        <translation>La période se termine avant de commencer : choisissez à nouveau les jours.</translation>
    </message>
    <message>
        <source>Choose at most %1 days at a time.</source>
        <translation>Choisissez au plus %1 jours à la fois.</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the dashboard's figures are kept there.</source>
        <translation>Ce guichet n'est pas relié à un serveur de dossiers : les chiffres du tableau de bord y sont conservés.</translation>
    </message>
    <message>
        <source>Your role may not see this (the case store refused).</source>
        <translation>Votre rôle ne permet pas de voir ceci (le serveur de dossiers a refusé).</translation>
    </message>
    <message>
        <source>The case store does not know this request yet (an older version?).</source>
        <translation>Le serveur de dossiers ne connaît pas encore cette requête (une version plus ancienne ?).</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>Le serveur de dossiers a refusé : %1</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <source>The case store does not give this figure.</source>
        <translation>Le serveur de dossiers ne fournit pas ce chiffre.</translation>
    </message>
    <message>
        <source>Within term, of those solved in the period (%1 of %2)</source>
        <translation>Dans le délai, parmi ceux résolus pendant la période (%1 sur %2)</translation>
    </message>
    <message>
        <source>Within term, of those reported in the period (%1 of %2)</source>
        <translation>Dans le délai, parmi ceux signalés pendant la période (%1 sur %2)</translation>
    </message>
    <message>
        <source>Within ten working days, of those solved in the period (%1 of %2)</source>
        <translation>En dix jours ouvrables, parmi ceux résolus pendant la période (%1 sur %2)</translation>
    </message>
    <message>
        <source>Within ten working days, of those reported in the period (%1 of %2)</source>
        <translation>En dix jours ouvrables, parmi ceux signalés pendant la période (%1 sur %2)</translation>
    </message>
    <message>
        <source>Lead time in days: median / 90th percentile</source>
        <translation>Délai de traitement en jours : médiane / 90e centile</translation>
    </message>
    <message>
        <source>Of the reports solved in the period. %1 reported in the period: %2 closed, %3 open.</source>
        <translation>Des signalements résolus pendant la période. Signalés pendant la période : %1, dont %2 clôturés et %3 ouverts.</translation>
    </message>
    <message>
        <source>No reports in this period.</source>
        <translation>Aucun signalement pendant cette période.</translation>
    </message>
    <message>
        <source>Reports: the %1 largest</source>
        <translation>Signalements : les %1 premiers</translation>
    </message>
    <message>
        <source>Hotspots: this period against the previous one</source>
        <translation>Points chauds : cette période par rapport à la précédente</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>No contacts in this period.</source>
        <translation>Aucun contact pendant cette période.</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Objectif %1 %</translation>
    </message>
    <message>
        <source>Channel mix per month (%) against the target %1</source>
        <translation>Répartition des canaux par mois (%) par rapport à l'objectif %1</translation>
    </message>
    <message>
        <source>Loading the engaged citizens…</source>
        <translation>Chargement des citoyens engagés…</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>Nobody reported twice or more on one topic in this period.</source>
        <translation>Personne n'a fait deux signalements ou plus sur un même sujet pendant cette période.</translation>
    </message>
    <message>
        <source>Drawn area</source>
        <translation>Surface dessinée</translation>
    </message>
    <message>
        <source>Click at least three corners on the map first.</source>
        <translation>Cliquez d'abord au moins trois coins sur la carte.</translation>
    </message>
    <message>
        <source>Choose a zone first.</source>
        <translation>Choisissez d'abord une zone.</translation>
    </message>
    <message>
        <source>Looking up the residents…</source>
        <translation>Recherche des habitants…</translation>
    </message>
    <message>
        <source>Nobody lives there according to the register.</source>
        <translation>Selon le registre, personne n'habite là.</translation>
    </message>
    <message>
        <source>%1 residents.</source>
        <translation>Habitants : %1.</translation>
    </message>
    <message>
        <source>%1 residents, the first %2 shown.</source>
        <translation>Habitants : %1, les %2 premiers affichés.</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Closed by the deadline. Open and cancelled reports and sub-tasks not counted.</source>
        <translation>Clôturés à l'échéance au plus tard. Signalements ouverts ou annulés et sous-tâches non comptés.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the share closed on or before their deadline. Open and cancelled reports and sub-tasks are not counted.</source>
        <translation>Parmi les signalements résolus pendant la période (selon leur date de clôture) : la part clôturée à l'échéance ou avant. Les signalements ouverts ou annulés et les sous-tâches ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Closed within ten working days of reporting. Open, cancelled and sub-tasks not counted.</source>
        <translation>Clôturés en dix jours ouvrables après le signalement. Ouverts, annulés et sous-tâches exclus.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the share closed within ten working days of being reported (weekends and Belgian public holidays skipped). Open and cancelled reports and sub-tasks are not counted.</source>
        <translation>Parmi les signalements résolus pendant la période (selon leur date de clôture) : la part clôturée dans les dix jours ouvrables suivant le signalement (week-ends et jours fériés belges exclus). Les signalements ouverts ou annulés et les sous-tâches ne sont pas comptés.</translation>
    </message>
    <message>
        <source>As known today; an open report past its deadline counts as late.</source>
        <translation>État à ce jour ; un signalement ouvert dont l'échéance est dépassée compte comme en retard.</translation>
    </message>
    <message>
        <source>Of the reports made in the period, as known today: solved ones count, in time when closed on or before their deadline; an open report past its deadline counts as late; an open report not yet due, cancelled reports and sub-tasks are left out.</source>
        <translation>Parmi les signalements faits pendant la période, état à ce jour : les signalements résolus comptent, dans le délai s'ils ont été clôturés à l'échéance ou avant ; un signalement ouvert dont l'échéance est dépassée compte comme en retard ; un signalement ouvert pas encore échu, les signalements annulés et les sous-tâches sont exclus.</translation>
    </message>
    <message>
        <source>As known today; an open report older than ten working days counts as late.</source>
        <translation>État à ce jour ; un signalement ouvert depuis plus de dix jours ouvrables compte comme en retard.</translation>
    </message>
    <message>
        <source>Of the reports made in the period, as known today: solved ones count, in time when closed within ten working days; an open report more than ten working days old counts as late; an open report not yet ten working days old, cancelled reports and sub-tasks are left out.</source>
        <translation>Parmi les signalements faits pendant la période, état à ce jour : les signalements résolus comptent, dans le délai s'ils ont été clôturés en dix jours ouvrables ; un signalement ouvert depuis plus de dix jours ouvrables compte comme en retard ; un signalement ouvert depuis moins de dix jours ouvrables, les signalements annulés et les sous-tâches sont exclus.</translation>
    </message>
    <message>
        <source>Of the reports solved in the period (by their closing date): the time from reported to closed, in days; the median and the 90th percentile.</source>
        <translation>Parmi les signalements résolus pendant la période (selon leur date de clôture) : le temps entre le signalement et la clôture, en jours ; la médiane et le 90e centile.</translation>
    </message>
    <message>
        <source>Reports per category</source>
        <translation>Signalements par catégorie</translation>
    </message>
    <message>
        <source>Reports per department</source>
        <translation>Signalements par service</translation>
    </message>
    <message>
        <source>Reports per zone</source>
        <translation>Signalements par zone</translation>
    </message>
    <message>
        <source>Chart of the reports per category</source>
        <translation>Graphique des signalements par catégorie</translation>
    </message>
    <message>
        <source>Chart of the reports per department</source>
        <translation>Graphique des signalements par service</translation>
    </message>
    <message>
        <source>Chart of the reports per zone</source>
        <translation>Graphique des signalements par zone</translation>
    </message>
</context>
<context>
    <name>ReportIntakePage</name>
    <message>
        <source>Citizen report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>&amp;Find category</source>
        <translation>&amp;Rechercher une catégorie</translation>
    </message>
    <message>
        <source>Type a word: litter, pavement, lamp…</source>
        <translation>Tapez un mot : déchets, trottoir, lampadaire…</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>S&amp;ub-category</source>
        <translation>S&amp;ous-catégorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation>Ajouter une photo depuis un fichier</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Pas d'appareil photo</translation>
    </message>
    <message>
        <source>Take a photo with %1</source>
        <translation>Prendre une photo avec %1</translation>
    </message>
    <message>
        <source>This laptop has no camera Loket can use.</source>
        <translation>Cet ordinateur n'a pas d'appareil photo que Loket peut utiliser.</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Scan a photo or document (SANE scanimage)</source>
        <translation>Numériser une photo ou un document (SANE scanimage)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>Street and number, or pick a point on the map</source>
        <translation>Rue et numéro, ou choisissez un point sur la carte</translation>
    </message>
    <message>
        <source>Came in &amp;by</source>
        <translation>Reçu &amp;via</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Outreach visit</source>
        <translation>Visite de proximité</translation>
    </message>
    <message>
        <source>Who reports it</source>
        <translation>Qui signale</translation>
    </message>
    <message>
        <source>The citizen on screen</source>
        <translation>Le citoyen affiché</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>First &amp;name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Tell the outcome b&amp;y</source>
        <translation>&amp;Communiquer le résultat par</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>Pas de message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>May be contacted again about this topic (consent)</source>
        <translation>Accepte d'être recontacté à ce sujet (consentement)</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>&amp;Enregistrer le signalement</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&amp;Me too: add the citizen to this report</source>
        <translation>&amp;Moi aussi : ajouter le citoyen à ce signalement</translation>
    </message>
    <message>
        <source>Open reports of this category within 50 m of the last 12 weeks appear here.</source>
        <translation>Les signalements ouverts de cette catégorie, à moins de 50 m et datant des 12 dernières semaines, apparaissent ici.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Mes signalements</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The citizen on screen: %1</source>
        <translation>Le citoyen affiché : %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>This photo is in the report already.</source>
        <translation>Cette photo est déjà dans le signalement.</translation>
    </message>
    <message>
        <source>The place was taken from the photo.</source>
        <translation>Le lieu a été repris de la photo.</translation>
    </message>
    <message>
        <source>The scanner gave no image (is it connected and switched on?).</source>
        <translation>Le scanner n'a fourni aucune image (est-il branché et allumé ?).</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Numérisation…</translation>
    </message>
    <message>
        <source>That address is not in the city's register: pick the point on the map.</source>
        <translation>Cette adresse ne figure pas dans le registre de la Ville : choisissez le point sur la carte.</translation>
    </message>
    <message>
        <source>No place yet: a photo with its location, an address, or a click on the map.</source>
        <translation>Pas encore de lieu : une photo avec sa position, une adresse ou un clic sur la carte.</translation>
    </message>
    <message>
        <source>from the photo</source>
        <translation>d'après la photo</translation>
    </message>
    <message>
        <source>from the address</source>
        <translation>d'après l'adresse</translation>
    </message>
    <message>
        <source>picked on the map</source>
        <translation>choisi sur la carte</translation>
    </message>
    <message>
        <source>Place %1 (%2)</source>
        <translation>Lieu %1 (%2)</translation>
    </message>
    <message>
        <source>outside the city</source>
        <translation>hors de la ville</translation>
    </message>
    <message numerus="yes">
        <source>%n open report(s) of this category nearby: is it the same? Then choose it and "Me too".</source>
        <translation>
            <numerusform>%n signalement ouvert de cette catégorie à proximité : est-ce le même ? Choisissez-le alors, puis « Moi aussi ».</numerusform>
            <numerusform>%n signalements ouverts de cette catégorie à proximité : est-ce l'un d'eux ? Choisissez-le alors, puis « Moi aussi ».</numerusform>
        </translation>
    </message>
    <message>
        <source>No open report of this category within 50 m of the last 12 weeks.</source>
        <translation>Aucun signalement ouvert de cette catégorie à moins de 50 m au cours des 12 dernières semaines.</translation>
    </message>
    <message>
        <source>An anonymous citizen is not told of the outcome nor asked again.</source>
        <translation>Un citoyen anonyme n'est ni informé du résultat ni recontacté.</translation>
    </message>
    <message>
        <source>Needed to list the citizen among the city's engaged citizens.</source>
        <translation>Nécessaire pour inscrire le citoyen parmi les citoyens engagés de la Ville.</translation>
    </message>
    <message>
        <source>Your role cannot take citizen reports; the case store would refuse them.</source>
        <translation>Votre rôle ne permet pas d'enregistrer des signalements ; le serveur de dossiers les refuserait.</translation>
    </message>
    <message>
        <source>Outside the city</source>
        <translation>Hors de la ville</translation>
    </message>
    <message>
        <source>This place lies outside the city. Is the report really about it?</source>
        <translation>Ce lieu se trouve hors de la ville. Le signalement le concerne-t-il vraiment ?</translation>
    </message>
    <message>
        <source>&amp;Yes, save it</source>
        <translation>&amp;Oui, enregistrer</translation>
    </message>
    <message>
        <source>&amp;No, choose another place</source>
        <translation>&amp;Non, choisir un autre lieu</translation>
    </message>
    <message>
        <source>Added to report %1 (me too). Intake number %2.</source>
        <translation>Ajouté au signalement %1 (moi aussi). Numéro d'enregistrement %2.</translation>
    </message>
    <message>
        <source>Report saved: %1.</source>
        <translation>Signalement enregistré : %1.</translation>
    </message>
    <message>
        <source>Report saved with intake number %1; its reference follows after the next sync.</source>
        <translation>Signalement enregistré sous le numéro d'enregistrement %1 ; sa référence suivra après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>waiting to sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <source>with the city</source>
        <translation>transmis à la Ville</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Type at least two letters or digits: name, national number, address or case number.</source>
        <translation>Tapez au moins deux lettres ou chiffres : nom, numéro national, adresse ou numéro de dossier.</translation>
    </message>
    <message>
        <source>No person or case matches “%1”.</source>
        <translation>Aucune personne ni dossier pour « %1 ».</translation>
    </message>
    <message>
        <source>Many matches — type more to narrow down (↓ to choose, Enter to open)</source>
        <translation>Beaucoup de résultats — continuez à taper (↓ choisir, Entrée ouvrir)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) — ↓ to choose, Enter to open</source>
        <translation>
            <numerusform>%n résultat(s) — ↓ pour choisir, Entrée pour ouvrir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopMeasuresPage</name>
    <message>
        <source>Shop measures</source>
        <translation>Indicateurs du site</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Autres jours</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export chart as P&amp;NG…</source>
        <translation>Exporter le graphique en PN&amp;G…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Graphi&amp;que</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Visits per hour</source>
        <translation>Visites par heure</translation>
    </message>
    <message>
        <source>Median waiting time per hour</source>
        <translation>Attente médiane par heure</translation>
    </message>
    <message>
        <source>Waiting time (90th percentile) per hour</source>
        <translation>Attente (90e centile) par heure</translation>
    </message>
    <message>
        <source>Median service time per hour</source>
        <translation>Durée de traitement médiane par heure</translation>
    </message>
    <message>
        <source>Chart per hour</source>
        <translation>Graphique par heure</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servis</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d'absence</translation>
    </message>
    <message>
        <source>Waiting median</source>
        <translation>Attente médiane</translation>
    </message>
    <message>
        <source>Waiting p90</source>
        <translation>Attente p90</translation>
    </message>
    <message>
        <source>Service median</source>
        <translation>Traitement médian</translation>
    </message>
    <message>
        <source>Service p90</source>
        <translation>Traitement p90</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Measures per service</source>
        <translation>Indicateurs par service</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Measures per hour</source>
        <translation>Indicateurs par heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Measures per day</source>
        <translation>Indicateurs par jour</translation>
    </message>
    <message>
        <source>Only coordinators and administrators see the shop's measures.</source>
        <translation>Seuls les coordinateurs et les administrateurs voient les indicateurs du site.</translation>
    </message>
    <message>
        <source>The case store refused: %1</source>
        <translation>Le serveur de dossiers a refusé : %1</translation>
    </message>
    <message>
        <source>This desk is not connected to a case store: the shop's measures are kept there.</source>
        <translation>Cet ordinateur n'est pas relié à un serveur de dossiers : les indicateurs du site s'y trouvent.</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose the days again.</source>
        <translation>La période se termine avant de commencer : choisissez à nouveau les jours.</translation>
    </message>
    <message>
        <source>Choose at most %1 days at a time.</source>
        <translation>Choisissez au plus %1 jours à la fois.</translation>
    </message>
    <message>
        <source>Loading the measures…</source>
        <translation>Chargement des indicateurs…</translation>
    </message>
    <message>
        <source>%1 visits (%2 a day)</source>
        <translation>%1 visites (%2 par jour)</translation>
    </message>
    <message>
        <source>waiting time median %1, 90 %: %2</source>
        <translation>attente médiane %1, 90 % : %2</translation>
    </message>
    <message>
        <source>service time median %1, 90 %: %2</source>
        <translation>traitement médian %1, 90 % : %2</translation>
    </message>
    <message>
        <source>no-shows %1</source>
        <translation>absents %1</translation>
    </message>
    <message>
        <source>appointments %1 of the visits</source>
        <translation>rendez-vous %1 des visites</translation>
    </message>
    <message>
        <source>Export the measures as CSV</source>
        <translation>Exporter les indicateurs en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n'a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message>
        <source>The case store cannot be reached: the queue is kept at reception; calls wait until it is back.</source>
        <translation>Le serveur de dossiers est injoignable : la file d'attente est tenue à l'accueil ; les appels attendent son retour.</translation>
    </message>
    <message>
        <source>This service has no numbers for tickets issued without the case store; send the citizen to the desk directly.</source>
        <translation>Ce service n'a pas de numéros pour les tickets émis sans serveur de dossiers ; envoyez le citoyen directement au guichet.</translation>
    </message>
    <message>
        <source>Another desk was first: %1</source>
        <translation type="vanished">Un autre guichet a été plus rapide : %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Another desk was first: this ticket has moved on meanwhile.</source>
        <translation>Un autre guichet a été plus rapide : ce ticket a déjà été traité entre-temps.</translation>
    </message>
    <message>
        <source>This ticket was called the most times allowed already: mark it as not shown up, or park it.</source>
        <translation>Ce ticket a déjà été appelé le nombre de fois maximal : marquez-le comme absent ou mettez-le en attente.</translation>
    </message>
    <message>
        <source>The queue is too busy right now; call again.</source>
        <translation>La file d'attente est trop chargée pour l'instant ; appelez à nouveau.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Loket — locked</source>
        <translation>Loket — verrouillé</translation>
    </message>
    <message>
        <source>Loket — sign in</source>
        <translation>Loket — connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The screen is locked. Enter your password.</source>
        <translation>L'écran est verrouillé. Entrez votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Connectez-vous avec votre compte du personnel.</translation>
    </message>
    <message>
        <source>No case store is set for this laptop: only an account that signed in here before can sign in, and nothing will sync until a server is set.</source>
        <translation>Aucun serveur de dossiers n'est configuré pour cet ordinateur : seul un compte qui s'y est déjà connecté peut se connecter, et rien ne sera synchronisé tant qu'aucun serveur n'est configuré.</translation>
    </message>
    <message>
        <source>No case store</source>
        <translation>Pas de serveur de dossiers</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Entrez votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Text for the citizen</source>
        <translation>Texte pour le citoyen</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>Nouveau &amp;statut :</translation>
    </message>
    <message>
        <source>&amp;Text for the citizen:</source>
        <translation>&amp;Texte pour le citoyen :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The citizen is notified of this status.</source>
        <translation>Le citoyen est informé de ce statut.</translation>
    </message>
    <message>
        <source>No notification is sent for this status.</source>
        <translation>Aucune notification pour ce statut.</translation>
    </message>
    <message>
        <source>&amp;Reason for the decision:</source>
        <translation>&amp;Motif de la décision :</translation>
    </message>
    <message>
        <source>&amp;What is still missing (one per line):</source>
        <translation>&amp;Ce qui manque encore (un par ligne) :</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <source>Give the reason: the letter to the citizen prints it.</source>
        <translation>Indiquez le motif : la lettre au citoyen le mentionne.</translation>
    </message>
    <message>
        <source>List what is still missing: the letter to the citizen prints it.</source>
        <translation>Indiquez ce qui manque encore : la lettre au citoyen le mentionne.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synchronisation status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Synchronisation : …</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>sync problem</source>
        <translation>problème de synchronisation</translation>
    </message>
    <message>
        <source>laptop withdrawn</source>
        <translation>ordinateur retiré</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernière %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflit(s) à résoudre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the conflicts and the changes the case store refused</source>
        <translation>Cliquez pour voir les conflits et les modifications refusées par le serveur de dossiers</translation>
    </message>
    <message>
        <source>Click or press F5 to synchronise now</source>
        <translation>Cliquez ou F5 pour synchroniser</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>at the counter</source>
        <translation>au guichet</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
</context>
<context>
    <name>demo cards</name>
    <message>
        <source>Belgian citizen (applet 1.8, NL)</source>
        <translation>Citoyen belge (applet 1.8, NL)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.8, FR)</source>
        <translation>Citoyen belge (applet 1.8, FR)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.8, DE)</source>
        <translation>Citoyen belge (applet 1.8, DE)</translation>
    </message>
    <message>
        <source>Belgian citizen (applet 1.7)</source>
        <translation>Citoyen belge (applet 1.7)</translation>
    </message>
    <message>
        <source>Foreigner card A</source>
        <translation>Carte d'étranger A</translation>
    </message>
    <message>
        <source>EU citizen card</source>
        <translation>Carte de citoyen de l'Union</translation>
    </message>
    <message>
        <source>Kids card</source>
        <translation>Kids-ID</translation>
    </message>
    <message>
        <source>Birth date: year only</source>
        <translation>Date de naissance : année seulement</translation>
    </message>
    <message>
        <source>Tampered card (identity altered)</source>
        <translation>Carte falsifiée (identité modifiée)</translation>
    </message>
    <message>
        <source>Tampered card (photo altered)</source>
        <translation>Carte falsifiée (photo modifiée)</translation>
    </message>
    <message>
        <source>Card not activated</source>
        <translation>Carte non activée</translation>
    </message>
    <message>
        <source>Not an eID (bank card)</source>
        <translation>Pas une carte eID (carte bancaire)</translation>
    </message>
    <message>
        <source>Specimen Alice (public test card)</source>
        <translation>Spécimen Alice (carte de test publique)</translation>
    </message>
    <message>
        <source>Specimen Nora (public EC test card)</source>
        <translation>Spécimen Nora (carte de test EC publique)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save with the case</source>
        <translation>Joindre au dossier</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <source>No preview on this laptop: </source>
        <translation>Pas d'aperçu sur cet ordinateur : </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L'imprimante n'a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>Letters to print</source>
        <translation>Lettres à imprimer</translation>
    </message>
    <message>
        <source>Calls to make</source>
        <translation>Appels à passer</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Tout imprimer…</translation>
    </message>
    <message>
        <source>Mark selected call done</source>
        <translation>Marquer l'appel sélectionné comme fait</translation>
    </message>
    <message>
        <source>letters to print</source>
        <translation>lettres à imprimer</translation>
    </message>
    <message>
        <source>calls to make</source>
        <translation>appels à passer</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Récépissé</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Imprimé.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Saved with the case.</source>
        <translation>Joint au dossier.</translation>
    </message>
    <message>
        <source>Citizen signs…</source>
        <translation>Le citoyen signe…</translation>
    </message>
    <message>
        <source>Let the citizen sign the receipt</source>
        <translation>Faire signer le récépissé</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>The citizen signs here with a pen or the mouse.</source>
        <translation>Le citoyen signe ici avec un stylet ou la souris.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Sign in the white area.</source>
        <translation>Signez dans la zone blanche.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>eid</name>
    <message>
        <source>The birth date on the card is in an unknown format.</source>
        <translation>La date de naissance sur la carte est dans un format inconnu.</translation>
    </message>
    <message>
        <source>The identity card could not be read.</source>
        <translation>La carte d'identité n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>The smart card service is not running. Start the PC/SC service (pcscd) or ask IT support, then try again.</source>
        <translation>Le service de cartes à puce ne fonctionne pas. Démarrez le service PC/SC (pcscd) ou demandez au service informatique, puis réessayez.</translation>
    </message>
    <message>
        <source>No card reader found. Connect the card reader and try again.</source>
        <translation>Aucun lecteur de carte trouvé. Branchez le lecteur et réessayez.</translation>
    </message>
    <message>
        <source>The card reader is no longer available (unplugged?). Reconnect the reader and try again.</source>
        <translation>Le lecteur de carte n'est plus disponible (débranché ?). Rebranchez le lecteur et réessayez.</translation>
    </message>
    <message>
        <source>The card reader is in use by another program. Close it and try again.</source>
        <translation>Le lecteur de carte est utilisé par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>No card in the reader. Insert the identity card (chip first, facing up).</source>
        <translation>Pas de carte dans le lecteur. Insérez la carte d'identité (puce en premier, vers le haut).</translation>
    </message>
    <message>
        <source>The card was removed while it was being read. Put the card back and leave it in the reader until reading is finished.</source>
        <translation>La carte a été retirée pendant la lecture. Remettez la carte et laissez-la dans le lecteur jusqu'à la fin de la lecture.</translation>
    </message>
    <message>
        <source>This identity card has not been activated yet (cards issued by an embassy or consulate stay inactive until activated). Refer the citizen to the population service to activate the card.</source>
        <translation>Cette carte d'identité n'est pas encore activée (les cartes délivrées par une ambassade ou un consulat restent inactives jusqu'à leur activation). Orientez le citoyen vers le service population pour activer la carte.</translation>
    </message>
    <message>
        <source>This card is not a Belgian electronic identity card. Check that the right card is in the reader.</source>
        <translation>Cette carte n'est pas une carte d'identité électronique belge. Vérifiez que la bonne carte est dans le lecteur.</translation>
    </message>
    <message>
        <source>The card could not be read. Take the card out, clean the chip if needed, insert it again and retry.</source>
        <translation>La carte n'a pas pu être lue. Retirez la carte, nettoyez la puce si nécessaire, réinsérez-la et réessayez.</translation>
    </message>
    <message>
        <source>The data on the card is damaged or in an unknown format.</source>
        <translation>Les données de la carte sont endommagées ou dans un format inconnu.</translation>
    </message>
    <message>
        <source>This is not a national number: it must have 11 digits (for example 85.07.30-033.61).</source>
        <translation>Ce n'est pas un numéro de registre national : il doit compter 11 chiffres (par exemple 85.07.30-033.61).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The card could not be read. Take it out and insert it again.</source>
        <translation>La carte n'a pas pu être lue. Retirez-la et réinsérez-la.</translation>
    </message>
    <message>
        <source>Some fields need attention; see the messages next to them.</source>
        <translation>Certains champs sont à vérifier.</translation>
    </message>
    <message>
        <source>Your role may not make this change; the case store would refuse it. Nothing was saved.</source>
        <translation>Votre rôle ne permet pas cette modification ; le serveur de dossiers la refuserait. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>This change is no longer in the outbox (already discarded or re-submitted).</source>
        <translation>Cette modification n'est plus en attente (déjà abandonnée ou soumise à nouveau).</translation>
    </message>
    <message>
        <source>Only changes the case store refused can be re-submitted or discarded.</source>
        <translation>Seules les modifications refusées par le serveur de dossiers peuvent être soumises à nouveau ou abandonnées.</translation>
    </message>
    <message>
        <source>Give a reason for discarding the change (it is written to the audit log).</source>
        <translation>Indiquez pourquoi vous abandonnez la modification (inscrit au journal d'audit).</translation>
    </message>
    <message>
        <source>The record is no longer on this laptop; the change can only be discarded.</source>
        <translation>La fiche n'est plus sur cet ordinateur ; la modification peut seulement être abandonnée.</translation>
    </message>
    <message>
        <source>Records under it were already accepted by the case store; it cannot be discarded here. Ask a coordinator.</source>
        <translation>Des fiches qui en dépendent ont déjà été acceptées par le serveur de dossiers ; impossible de l'abandonner ici. Demandez à un coordinateur.</translation>
    </message>
    <message>
        <source>The case store cannot be reached. Your work is kept on this laptop and sent later.</source>
        <translation>Le serveur est injoignable. Votre travail reste sur cet ordinateur et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>Sign in again to synchronise (user name or password not accepted).</source>
        <translation>Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>This laptop was withdrawn by the administrator; its local data was removed.</source>
        <translation>Cet ordinateur a été retiré par l'administrateur ; les données locales ont été effacées.</translation>
    </message>
    <message>
        <source>Synchronisation failed: </source>
        <translation>Échec de la synchronisation : </translation>
    </message>
    <message>
        <source>The file could not be found: </source>
        <translation>Fichier introuvable : </translation>
    </message>
    <message>
        <source>No permission to use the file: </source>
        <translation>Pas d'accès au fichier : </translation>
    </message>
    <message>
        <source>The disk or network did not respond as expected: </source>
        <translation>Le disque ou le réseau n'a pas répondu : </translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log; please tell the helpdesk.</source>
        <translation>Une erreur s'est produite. Les détails sont dans le journal ; prévenez le helpdesk.</translation>
    </message>
    <message>
        <source>'{value}' is not a national number: it must have 11 digits (e.g. 85.07.30-033.61).</source>
        <translation>« {value} » n'est pas un numéro de registre national : il doit compter 11 chiffres (p. ex. 85.07.30-033.61).</translation>
    </message>
    <message>
        <source>{number} is not a valid national number: the check digits do not match. Please check the number on the card.</source>
        <translation>{number} n'est pas un numéro de registre national valide : les chiffres de contrôle ne correspondent pas. Vérifiez le numéro sur la carte.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so Loket cannot unlock its encrypted store. Nothing was written. Sign in to the desktop session (GNOME Keyring, KWallet or Windows Credential Manager) and start Loket again.</source>
        <translation>Le trousseau de clés du système n'est pas disponible : Loket ne peut pas ouvrir sa base chiffrée. Rien n'a été écrit. Connectez-vous à la session de bureau (GNOME Keyring, KWallet ou Gestionnaire d'identification Windows) et redémarrez Loket.</translation>
    </message>
    <message>
        <source>This laptop does not hold the key of this Loket store. A store copied from another laptop cannot be read: sync again on this laptop instead.</source>
        <translation>Cet ordinateur ne détient pas la clé de cette base Loket. Une base copiée depuis un autre ordinateur ne peut pas être lue : synchronisez plutôt à nouveau sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The key of this Loket store in the system keyring is damaged; the store cannot be read.</source>
        <translation>La clé de cette base Loket dans le trousseau du système est endommagée ; la base ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The demo store's key file {path} is damaged; delete the demo folder to start afresh.</source>
        <translation>Le fichier de clé {path} de la base de démo est endommagé ; supprimez le dossier de démo pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The demo store's key file {path} is missing; delete the demo folder to start afresh.</source>
        <translation>Le fichier de clé {path} de la base de démo est manquant ; supprimez le dossier de démo pour repartir de zéro.</translation>
    </message>
    <message>
        <source>A person needs a surname.</source>
        <translation>Une personne doit avoir un nom de famille.</translation>
    </message>
    <message>
        <source>A person with national number {number} already exists.</source>
        <translation>Une personne avec le numéro de registre national {number} existe déjà.</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Choisissez un service.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>L'heure n'a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>The number of persons must be 1 to {max}.</source>
        <translation>Le nombre de personnes doit être de 1 à {max}.</translation>
    </message>
    <message>
        <source>The time is in the past.</source>
        <translation>L'heure est dans le passé.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Motif : {reason}.</translation>
    </message>
    <message>
        <source>Place: {reason}.</source>
        <translation>Lieu : {reason}.</translation>
    </message>
    <message>
        <source>This appointment is not on this laptop.</source>
        <translation>Ce rendez-vous n'est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This appointment is {status} already; it cannot be finished again.</source>
        <translation>Ce rendez-vous est déjà {status} ; il ne peut pas être terminé à nouveau.</translation>
    </message>
    <message>
        <source>The channel must be one of {channels}.</source>
        <translation>Le canal doit être l'un de {channels}.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and {max} minutes.</source>
        <translation>La durée doit être comprise entre 1 et {max} minutes.</translation>
    </message>
    <message>
        <source>Your account has no department, so the notes cannot be kept private to it. Untick "private" or ask the administrator to set your department.</source>
        <translation>Votre compte n'a pas de service : les notes ne peuvent pas rester privées. Décochez « privé » ou demandez à l'administrateur de définir votre service.</translation>
    </message>
    <message>
        <source>Outcome: {reason}.</source>
        <translation>Résultat : {reason}.</translation>
    </message>
    <message>
        <source>Notes: {reason}.</source>
        <translation>Notes : {reason}.</translation>
    </message>
    <message>
        <source>The follow-up date is not a date.</source>
        <translation>La date de suivi n'est pas une date.</translation>
    </message>
    <message>
        <source>The follow-up date is in the past.</source>
        <translation>La date de suivi est dans le passé.</translation>
    </message>
    <message>
        <source>contains an invisible control character; type the text again without it</source>
        <translation>contient un caractère de contrôle invisible ; retapez le texte sans lui</translation>
    </message>
    <message>
        <source>must be a single line (no line breaks or tabs)</source>
        <translation>doit tenir sur une seule ligne (sans retour à la ligne ni tabulation)</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>marked as a no-show</source>
        <translation>marqué comme absent</translation>
    </message>
    <message>
        <source>The location in '{name}' is damaged; give the place by address or on the map.</source>
        <translation>La position dans « {name} » est endommagée ; indiquez le lieu par une adresse ou sur la carte.</translation>
    </message>
    <message>
        <source>'{name}' is {size} MB; a photo may be at most {limit} MB.</source>
        <translation>« {name} » fait {size} Mo ; une photo ne peut dépasser {limit} Mo.</translation>
    </message>
    <message>
        <source>'{name}' is empty.</source>
        <translation>« {name} » est vide.</translation>
    </message>
    <message>
        <source>'{name}' does not say where it was taken; give the place by address or on the map.</source>
        <translation>« {name} » n'indique pas où la photo a été prise ; indiquez le lieu par une adresse ou sur la carte.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>Le champ « {what} » doit contenir du texte.</translation>
    </message>
    <message>
        <source>Choose what the report is about (a category).</source>
        <translation>Choisissez l'objet du signalement (une catégorie).</translation>
    </message>
    <message>
        <source>'{category}' is not a report category.</source>
        <translation>« {category} » n'est pas une catégorie de signalement.</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>La description doit être du texte.</translation>
    </message>
    <message>
        <source>The description is {n} characters long; at most {max} fit.</source>
        <translation>La description compte {n} caractères ; {max} au maximum sont admis.</translation>
    </message>
    <message>
        <source>'{channel}' is not a channel reports come in by.</source>
        <translation>« {channel} » n'est pas un canal par lequel arrivent les signalements.</translation>
    </message>
    <message>
        <source>The location needs both a latitude and a longitude.</source>
        <translation>La position nécessite une latitude et une longitude.</translation>
    </message>
    <message>
        <source>Give the report's location: a photo with its place, an address from the city's register, or a point on the map.</source>
        <translation>Indiquez le lieu du signalement : une photo avec sa position, une adresse du registre de la Ville ou un point sur la carte.</translation>
    </message>
    <message>
        <source>The location is not a valid point (latitude -90..90, longitude -180..180).</source>
        <translation>La position n'est pas un point valide (latitude -90..90, longitude -180..180).</translation>
    </message>
    <message>
        <source>This place lies outside the city. Confirm that the report is about it, or choose another place.</source>
        <translation>Ce lieu se trouve hors de la ville. Confirmez que le signalement le concerne, ou choisissez un autre lieu.</translation>
    </message>
    <message>
        <source>'{language}' is not a language the city writes in.</source>
        <translation>« {language} » n'est pas une langue dans laquelle la Ville écrit.</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address.</source>
        <translation>« {email} » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>'{phone}' is not a phone number.</source>
        <translation>« {phone} » n'est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>'{channel}' is not a way to tell the citizen (e-mail, SMS, letter or phone).</source>
        <translation>« {channel} » n'est pas un moyen d'informer le citoyen (e-mail, SMS, lettre ou téléphone).</translation>
    </message>
    <message>
        <source>To be told by e-mail, give an e-mail address.</source>
        <translation>Pour être informé par e-mail, indiquez une adresse e-mail.</translation>
    </message>
    <message>
        <source>To be told by SMS or phone, give a phone number.</source>
        <translation>Pour être informé par SMS ou par téléphone, indiquez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A letter needs the citizen's address: choose the person (or tell them by e-mail, SMS or phone).</source>
        <translation>Une lettre nécessite l'adresse du citoyen : choisissez la personne (ou informez-la par e-mail, SMS ou téléphone).</translation>
    </message>
    <message>
        <source>To be asked again about this topic, the citizen needs a person record, an e-mail address or a phone number.</source>
        <translation>Pour être recontacté à ce sujet, le citoyen doit avoir une fiche personne, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>'{ref}' is not a report reference.</source>
        <translation>« {ref} » n'est pas une référence de signalement.</translation>
    </message>
    <message>
        <source>At most 10 photos per report.</source>
        <translation>10 photos au maximum par signalement.</translation>
    </message>
    <message>
        <source>This photo cannot be shown: the file is damaged.</source>
        <translation>Cette photo ne peut pas être affichée : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>'{name}' cannot be read: {reason}</source>
        <translation>« {name} » ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The {what} {problem}.</source>
        <translation>Le champ « {what} » {problem}.</translation>
    </message>
    <message>
        <source>The description {problem}.</source>
        <translation>Le texte de la description {problem}.</translation>
    </message>
    <message>
        <source>That person is not on this laptop.</source>
        <translation>Cette personne n'est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>An anonymous report has no name, e-mail or phone number: remove them, or untick 'anonymous'.</source>
        <translation>Un signalement anonyme n'a ni nom, ni e-mail, ni numéro de téléphone : supprimez-les ou décochez « anonyme ».</translation>
    </message>
    <message>
        <source>An anonymous citizen cannot be told of the outcome or asked again: untick 'anonymous', or choose no contact and no consent.</source>
        <translation>Un citoyen anonyme ne peut être ni informé du résultat ni recontacté : décochez « anonyme », ou ne choisissez ni contact ni consentement.</translation>
    </message>
    <message>
        <source>A photo was not read (add it again).</source>
        <translation>Une photo n'a pas été lue (ajoutez-la à nouveau).</translation>
    </message>
    <message>
        <source>'{name}' has too many pixels (too large) to be a photo.</source>
        <translation>« {name} » a trop de pixels (trop grand) pour être une photo.</translation>
    </message>
    <message>
        <source>'{name}' is not a photo (not an image this desk can read).</source>
        <translation>« {name} » n'est pas une photo (pas une image que ce guichet peut lire).</translation>
    </message>
    <message>
        <source>'{name}' cannot be read: the file is damaged.</source>
        <translation>« {name} » ne peut pas être lu : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>'{name}' is a {kind} image; a photo must be JPEG, PNG or TIFF.</source>
        <translation>« {name} » est une image {kind} ; une photo doit être au format JPEG, PNG ou TIFF.</translation>
    </message>
    <message>
        <source>'{name}' is {w}×{h} pixels: too large to be a photo.</source>
        <translation>« {name} » fait {w}×{h} pixels : trop grand pour être une photo.</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message>
        <source>User name or password not accepted.</source>
        <translation>Nom d'utilisateur ou mot de passe refusé.</translation>
    </message>
    <message>
        <source>No case store is set, so only an account that signed in on this laptop before can sign in. Ask IT support to set the case store's address.</source>
        <translation>Aucun serveur de dossiers n'est configuré : seul un compte qui s'est déjà connecté sur cet ordinateur peut se connecter. Demandez au service informatique de configurer l'adresse du serveur de dossiers.</translation>
    </message>
    <message>
        <source>The first sign-in on this laptop needs a connection to the case store.</source>
        <translation>La première connexion sur cet ordinateur nécessite le serveur de dossiers.</translation>
    </message>
</context>
<context>
    <name>ui.intake.receipt</name>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Récépissé envoyé à l'imprimante.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>must be confirmed</source>
        <translation>doit être confirmé</translation>
    </message>
    <message>
        <source>must refer to a stored attachment (SHA-256)</source>
        <translation>doit renvoyer à une pièce jointe enregistrée (SHA-256)</translation>
    </message>
    <message>
        <source>give budget lines as [{"description": "...", "amount": "12.50"}, ...]</source>
        <translation>indiquez les lignes du budget sous forme de liste JSON, chaque ligne avec « description » et « amount » (montant)</translation>
    </message>
    <message>
        <source>coordinates out of range</source>
        <translation>coordonnées hors limites</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <source>'{value}' is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>« {value} » n'est pas une date (utilisez JJ/MM/AAAA ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>'{value}' has more than 2 decimals</source>
        <translation>« {value} » a plus de 2 décimales</translation>
    </message>
    <message>
        <source>at most {max} characters ({given} given)</source>
        <translation>au plus {max} caractères ({given} saisis)</translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation>doit être au moins {min}</translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation>doit être au plus {max}</translation>
    </message>
    <message>
        <source>must be at least EUR {min}</source>
        <translation>doit être d'au moins {min} euros</translation>
    </message>
    <message>
        <source>must be at most EUR {max}</source>
        <translation>doit être d'au plus {max} euros</translation>
    </message>
    <message>
        <source>'{value}' is not one of: {options}</source>
        <translation>« {value} » ne fait pas partie de : {options}</translation>
    </message>
    <message>
        <source>'{value}' is not an e-mail address</source>
        <translation>« {value} » n'est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>'{value}' is not a phone number</source>
        <translation>« {value} » n'est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>'{value}' is not an amount in euro</source>
        <translation>« {value} » n'est pas un montant en euros</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number</source>
        <translation>« {value} » n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>must not be before {field}</source>
        <translation>ne peut pas précéder {field}</translation>
    </message>
    <message>
        <source>'{value}' is not yes or no</source>
        <translation>« {value} » n'est ni oui ni non</translation>
    </message>
    <message>
        <source>must equal the budget total EUR {total}</source>
        <translation>doit être égal au total du budget de {total} euros</translation>
    </message>
    <message>
        <source>contains an invisible control character; type the text again without it</source>
        <translation>contient un caractère de contrôle invisible ; retapez le texte sans lui</translation>
    </message>
    <message>
        <source>must be a single line (no line breaks or tabs)</source>
        <translation>doit tenir sur une seule ligne (sans retour à la ligne ni tabulation)</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>est trop long</translation>
    </message>
    <message>
        <source>A Belgian postal code has 4 digits.</source>
        <translation>Un code postal belge a 4 chiffres.</translation>
    </message>
</context>
</TS>
