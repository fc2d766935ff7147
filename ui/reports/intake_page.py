"""Taking a citizen report (melding) at the counter, on the phone or on an outreach visit, offline.

The form: what it is about (main category → sub-category, in the desk's language, with a type-to-filter
field), a description, photos (from a file, the laptop's camera, a SANE scanner), the place (from a photo's
EXIF GPS, else an address from the city's register on this laptop, else a point picked on the map), the channel
it came in by, and who reports it (the citizen on screen, typed contact details, or anonymous) with their
consent to be asked again about the topic. While the clerk types, open reports of the same category within
50 m of the last 12 weeks are listed beside the map (and drawn on it); "Me too" adds the citizen to that
report instead of opening a new one. Saving writes the report to the outbox (``desk_app.services.reports``);
a refusal is shown in words next to the form. "My reports" lists the reports taken on this laptop.

Everything that reads files, the store or the camera's image runs through ``ctx.ops``.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QProcess,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.changes import ChangeSet
from desk_app.services.reports import (
    AddressMatch,
    NearbyReport,
    Photo,
    PhotoError,
    ReportDraft,
    ReportIntakes,
    SavedReport,
)
from ui.context import AppContext
from ui.core import fmt
from ui.core.errors import describe
from ui.core.pages import PageHost, register_page
from ui.core.refresh import Refresher
from ui.reports.map_view import MapPoint, MapView
from ui.widgets import button, card, label
from wire import roles
from wire.reports import Categories

ROLE_CHANNEL = {roles.COUNTER_CLERK: "counter", roles.OUTREACH: "outreach", roles.THEME_DESK: "counter",
                roles.COORDINATOR: "phone"}
DESK_CHANNELS = ("counter", "phone", "outreach")
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}
LANGUAGES = tuple(LANGUAGE_NAMES)
SCAN_TIMEOUT_MS = 120_000
DUPLICATE_DELAY_MS = 250
NEARBY_M = 300.0  # the map shows the open reports of every category within this distance of the place


def scanner_available() -> bool:
    return shutil.which("scanimage") is not None


def camera_names() -> list[str]:
    """The laptop's cameras (QtMultimedia); none when the module or the device is missing."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return []
    try:
        return [d.description() for d in QMediaDevices.videoInputs()]
    except RuntimeError:
        return []


def _jpeg(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "JPEG", 90)  # type: ignore[call-overload]  # the stubs say bytes, PySide wants str
    buf.close()
    return bytes(data.data())


def _with_thumbnail(photo: Photo, size: int = 112) -> tuple[Photo, QImage]:
    """The photo and its thumbnail, turned upright by its EXIF orientation (worker thread: QImage is safe there;
    the reader decodes at the small size, so a 10 MB photo costs little)."""
    data = QByteArray(photo.data)
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and full.width() > 0 and full.height() > 0:
        reader.setScaledSize(full.scaled(QSize(size * 2, size * 2), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buf.close()
    if not image.isNull():
        image = image.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return photo, image


class CameraDialog(QDialog):
    """Take one photo with the laptop's camera (QtMultimedia); ``photo`` holds it as JPEG bytes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a photo"))
        self.photo: QImage | None = None  # the picture taken (encoded as JPEG in the worker)
        self.camera = QCamera(QMediaDevices.defaultVideoInput())
        self.capture = QImageCapture(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.video = QVideoWidget(self)
        self.video.setMinimumSize(QSize(480, 320))
        self.session.setVideoOutput(self.video)
        self.capture.imageCaptured.connect(self._captured)
        self.status = label("", wrap=True)
        self.capture.errorOccurred.connect(lambda *_a: self.status.setText(self.tr("The camera took no photo.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take = buttons.addButton(self.tr("&Take photo"), QDialogButtonBox.ButtonRole.ActionRole)
        self.take.clicked.connect(self.capture.capture)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.video, 1)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        self.camera.start()

    def _captured(self, _id: int, image: QImage) -> None:
        self.photo = image
        self.camera.stop()
        self.accept()

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)


@register_page("report_intake", title=QT_TRANSLATE_NOOP("MainWindow", "Citizen re&port"),
               roles=roles.REPORT_TAKERS, nav=62, shortcuts=("Ctrl+Shift+R",))
class ReportIntakePage(QWidget):
    """See the module's docstring."""

    saved = Signal(object)  # SavedReport

    @classmethod
    def for_window(cls, ctx: AppContext, window: PageHost) -> ReportIntakePage:
        page = cls(ctx)
        page.window_host = window
        return page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window_host: PageHost | None = None
        self.intakes = ReportIntakes(ctx.loket)
        self.cats: Categories = self.intakes.categories()
        self.photos: list[Photo] = []
        self.lat: float | None = None
        self.lon: float | None = None
        self.place_source = ""  # photo | address | map
        self.person: dict[str, Any] | None = None  # the citizen on screen
        self.duplicates: list[NearbyReport] = []
        self.nearby: list[NearbyReport] = []  # open reports of any category around the place (the map)
        self.last_saved: SavedReport | None = None
        self.outside_box: QMessageBox | None = None
        self.scan: QProcess | None = None
        self._suggestions: list[AddressMatch] = []
        self._filling = False
        self._saving = False  # a save is being written

        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self.check_duplicates)
        self._addr_timer = QTimer(self)
        self._addr_timer.setSingleShot(True)
        self._addr_timer.setInterval(150)
        self._addr_timer.timeout.connect(self._suggest)

        self._build()
        self.retranslate()
        self._fill_categories()
        self.refresher = Refresher(self, ctx.bus, wants=lambda c: bool(c.reports),
                                   refresh=self.load_mine)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ------------------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.title = label("", "PageTitle")
        self.result = label("", "SectionTitle", wrap=True, selectable=True)
        self.result.hide()
        self.problem = label("", "FieldError", wrap=True)
        self.problem.hide()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(4)
        # what
        self.find_label = QLabel()
        self.cat_find = QLineEdit()
        self.cat_find.setClearButtonEnabled(True)
        self.find_model = QStringListModel(self)
        completer = QCompleter(self.find_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._found)
        self.cat_find.setCompleter(completer)
        self.cat_find.returnPressed.connect(lambda: self._found(self.cat_find.text()))
        self.find_label.setBuddy(self.cat_find)
        form.addRow(self.find_label, self.cat_find)
        self.main_label = QLabel()
        self.main_combo = QComboBox()
        self.main_combo.currentIndexChanged.connect(self._main_chosen)
        self.sub_combo = QComboBox()
        self.sub_combo.currentIndexChanged.connect(self._sub_chosen)
        self.main_label.setBuddy(self.main_combo)
        self.sub_label = QLabel()
        self.sub_label.setBuddy(self.sub_combo)
        form.addRow(self.main_label, self.main_combo)
        form.addRow(self.sub_label, self.sub_combo)
        self.desc_label = QLabel()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.desc_label.setBuddy(self.description)
        form.addRow(self.desc_label, self.description)
        # photos
        self.photos_label = QLabel()
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(56, 56))
        self.photo_list.setFixedHeight(78)
        self.photo_list.setFlow(QListWidget.Flow.LeftToRight)
        self.photos_label.setBuddy(self.photo_list)
        self.add_photo = button("")
        self.add_photo.clicked.connect(self.choose_photos)
        self.camera_button = button("")
        self.camera_button.clicked.connect(self.take_photo)
        self.scan_button = button("")
        self.scan_button.clicked.connect(self.scan_photo)
        self.remove_photo = button("")
        self.remove_photo.clicked.connect(self._remove_photo)
        self.photo_note = label("", "Hint", wrap=True)
        self.photo_note.hide()
        pbox = QVBoxLayout()
        pbox.setSpacing(2)
        pbox.addWidget(self.photo_list)
        prow = QHBoxLayout()
        for b in (self.add_photo, self.camera_button, self.scan_button, self.remove_photo):
            prow.addWidget(b)
        prow.addStretch(1)
        pbox.addLayout(prow)
        pbox.addWidget(self.photo_note)
        form.addRow(self.photos_label, pbox)
        # where
        self.address_label = QLabel()
        self.address = QLineEdit()
        self.address.setClearButtonEnabled(True)
        self.address_model = QStringListModel(self)
        acomp = QCompleter(self.address_model, self)
        acomp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        acomp.setFilterMode(Qt.MatchFlag.MatchContains)
        acomp.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        acomp.activated.connect(self._address_chosen)
        self.address.setCompleter(acomp)
        self.address.textEdited.connect(lambda _t: self._addr_timer.start())
        self.address.returnPressed.connect(self._geocode_typed)
        self.address_label.setBuddy(self.address)
        self.place = label("", "Hint", wrap=True)
        abox = QVBoxLayout()
        abox.setSpacing(2)
        abox.addWidget(self.address)
        abox.addWidget(self.place)
        form.addRow(self.address_label, abox)
        # how it came in
        self.channel_label = QLabel()
        self.channel = QComboBox()
        self.channel_label.setBuddy(self.channel)
        form.addRow(self.channel_label, self.channel)

        # who
        who_frame, who = card()
        self.who_title = label("", "SectionTitle")
        who.addWidget(self.who_title)
        self.who_group = QButtonGroup(self)
        self.who_person = QRadioButton()
        self.who_contact = QRadioButton()
        self.who_anonymous = QRadioButton()
        wrow = QHBoxLayout()
        for i, r in enumerate((self.who_person, self.who_contact, self.who_anonymous)):
            self.who_group.addButton(r, i)
            wrow.addWidget(r)
        wrow.addStretch(1)
        who.addLayout(wrow)
        self.who_group.idToggled.connect(lambda _i, _on: self._who_changed())
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.first_label, self.first_name = QLabel(), QLineEdit()
        self.last_label, self.last_name = QLabel(), QLineEdit()
        self.email_label, self.email = QLabel(), QLineEdit()
        self.phone_label, self.phone = QLabel(), QLineEdit()
        self.lang_label, self.language = QLabel(), QComboBox()
        self.tell_label, self.tell = QLabel(), QComboBox()
        for lbl, w in ((self.first_label, self.first_name), (self.last_label, self.last_name),
                       (self.email_label, self.email), (self.phone_label, self.phone),
                       (self.lang_label, self.language), (self.tell_label, self.tell)):
            lbl.setBuddy(w)
        grid.addWidget(self.first_label, 0, 0)
        grid.addWidget(self.first_name, 0, 1)
        grid.addWidget(self.last_label, 0, 2)
        grid.addWidget(self.last_name, 0, 3)
        grid.addWidget(self.email_label, 1, 0)
        grid.addWidget(self.email, 1, 1)
        grid.addWidget(self.phone_label, 1, 2)
        grid.addWidget(self.phone, 1, 3)
        grid.addWidget(self.lang_label, 2, 0)
        grid.addWidget(self.language, 2, 1)
        grid.addWidget(self.tell_label, 2, 2)
        grid.addWidget(self.tell, 2, 3)
        who.addLayout(grid)
        self.consent = QCheckBox()
        who.addWidget(self.consent)

        self.save_button = button("", primary=True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = button("")
        self.clear_button.clicked.connect(self.clear)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.save_button)

        left_host = QWidget()
        left = QVBoxLayout(left_host)
        left.setContentsMargins(0, 0, 4, 0)
        form_frame, form_lay = card()
        form_lay.addLayout(form)
        left.addWidget(form_frame)
        left.addWidget(who_frame)
        left.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left_host)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        # right: the map, the possible duplicates, my reports
        self.map = MapView(self.ctx)
        self.map.setMinimumSize(QSize(260, 200))
        self.map.point_picked.connect(self._picked)
        self.map.markers_clickable = True  # a duplicate's triangle chooses it in the list
        self.map.marker_clicked.connect(self._marker_clicked)
        self.tabs = QTabWidget()
        dup_host = QWidget()
        dl = QVBoxLayout(dup_host)
        dl.setContentsMargins(4, 4, 4, 4)
        self.dup_hint = label("", "Hint", wrap=True)
        self.dup_list = QListWidget()
        self.dup_list.currentRowChanged.connect(lambda _r: self._dup_selected())
        self.dup_list.itemActivated.connect(lambda _i: self.me_too())
        self.me_too_button = button("")
        self.me_too_button.setEnabled(False)
        self.me_too_button.clicked.connect(self.me_too)
        dl.addWidget(self.dup_hint)
        dl.addWidget(self.dup_list, 1)
        dl.addWidget(self.me_too_button, 0, Qt.AlignmentFlag.AlignRight)
        self.mine_tree = QTreeWidget()
        self.mine_tree.setRootIsDecorated(False)
        self.mine_tree.setColumnCount(4)
        self.mine_tree.setUniformRowHeights(True)
        self.tabs.addTab(dup_host, "")
        self.tabs.addTab(self.mine_tree, "")
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.map)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([400, 220])  # the map first: the place is what the clerk looks at
        right.setChildrenCollapsible(False)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addLayout(top)
        lay.addWidget(self.result)
        lay.addWidget(self.problem)
        lay.addWidget(split, 1)
        lay.addLayout(actions)

        for code, name in LANGUAGE_NAMES.items():  # each in its own language, as the citizen knows it
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.lang)))
        self.scan_button.setVisible(scanner_available())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Citizen report"))
        self.find_label.setText(self.tr("&Find category"))
        self.cat_find.setPlaceholderText(self.tr("Type a word: litter, pavement, lamp…"))
        self.main_label.setText(self.tr("Cate&gory"))
        self.sub_label.setText(self.tr("S&ub-category"))
        self.desc_label.setText(self.tr("&Description"))
        self.photos_label.setText(self.tr("Photos"))
        self.add_photo.setText(self.tr("Add file…"))
        self.add_photo.setAccessibleName(self.tr("Add a photo from a file"))
        cams = camera_names()
        self.camera_button.setText(self.tr("Camera") if cams else self.tr("No camera"))
        self.camera_button.setEnabled(bool(cams))
        self.camera_button.setToolTip(self.tr("Take a photo with %1").replace("%1", cams[0]) if cams else
                                      self.tr("This laptop has no camera Loket can use."))
        self.scan_button.setText(self.tr("Scanner"))
        self.scan_button.setToolTip(self.tr("Scan a photo or document (SANE scanimage)"))
        self.remove_photo.setText(self.tr("Remove"))
        self.address_label.setText(self.tr("Addr&ess"))
        self.address.setPlaceholderText(self.tr("Street and number, or pick a point on the map"))
        self.channel_label.setText(self.tr("Came in &by"))
        names = {"counter": self.tr("Counter"), "phone": self.tr("Phone"), "outreach": self.tr("Outreach visit")}
        current = self.channel.currentData() or ROLE_CHANNEL.get(self.ctx.role, "counter")
        self.channel.clear()
        for code in DESK_CHANNELS:
            self.channel.addItem(names[code], code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(current)))
        self.who_title.setText(self.tr("Who reports it"))
        self.who_person.setText(self.tr("The citizen on screen"))
        self.who_contact.setText(self.tr("Contact details"))
        self.who_anonymous.setText(self.tr("Anonymous"))
        self.first_label.setText(self.tr("First &name"))
        self.last_label.setText(self.tr("&Last name"))
        self.email_label.setText(self.tr("E-ma&il"))
        self.phone_label.setText(self.tr("Pho&ne"))
        self.lang_label.setText(self.tr("Lan&guage"))
        self.tell_label.setText(self.tr("Tell the outcome b&y"))
        tell = self.tell.currentData()
        self.tell.clear()
        self.tell.addItem(self.tr("Not told"), None)
        for code, text in (("mail", self.tr("E-mail")), ("sms", self.tr("SMS")), ("letter", self.tr("Letter")),
                           ("phone", self.tr("Phone call"))):
            self.tell.addItem(text, code)
        self.tell.setCurrentIndex(max(0, self.tell.findData(tell)))
        self.consent.setText(self.tr("May be contacted again about this topic (consent)"))
        self.save_button.setText(self.tr("&Save report"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.clear_button.setText(self.tr("Clear"))
        self.me_too_button.setText(self.tr("&Me too: add the citizen to this report"))
        self.dup_hint.setText(self.tr("Open reports of this category within 50 m of the last 12 weeks appear here."))
        self.tabs.setTabText(0, self.tr("Possible duplicates"))
        self.tabs.setTabText(1, self.tr("My reports"))
        self.mine_tree.setHeaderLabels([self.tr("Report"), self.tr("Category"), self.tr("State"), self.tr("Taken")])
        self._who_changed()
        self._show_place()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the desk's language switched: texts and category names
            code = self.category
            self.retranslate()
            self._fill_categories()
            if code:
                self.set_category(code)
        super().changeEvent(event)

    # ------------------------------------------------------------------------------------------------ page
    def show_page(self, person_id: str | None = None) -> None:
        """Open the form; ``person_id`` (or the citizen on the person page) is offered as the reporter."""
        self._adopt_person(person_id)
        self.load_mine()

    def focus_page(self) -> None:
        """After the window made it the current page: the category finder, when nothing is chosen yet."""
        if not self.main_combo.currentData():
            self.cat_find.setFocus()

    def card_person(self, person_id: str) -> None:
        """The citizen whose eID card was just read (the window calls it while this page is on screen): they
        report, the form stays."""
        loket = self.ctx.loket
        self.ctx.ops.run_op(lambda: loket.person(person_id, purpose="open"), self.set_person,
                            lambda e: self._say(describe(e)), key="report-person")

    def _adopt_person(self, person_id: str | None) -> None:
        """The reporter offered: ``person_id``, else the citizen on screen when the page is opened from their
        person page (the window calls show_page before it switches), else whoever was chosen for this report
        (a saved or cleared report forgets them: never a citizen looked at long before)."""
        host = self.window_host
        page = getattr(host, "_person", None) if host is not None else None
        stack = getattr(host, "stack", None)
        on_screen = page is not None and stack is not None and stack.currentWidget() is page
        shown = getattr(page, "person", None) if on_screen else None
        if person_id:
            if isinstance(shown, dict) and shown.get("id") == person_id:
                self.set_person(shown)
                return
            loket = self.ctx.loket
            self.ctx.ops.run_op(lambda: loket.person(person_id, purpose="open"), self.set_person,
                                lambda e: self._say(describe(e)), key="report-person")
            return
        if isinstance(shown, dict) and getattr(page, "person_id", None) == shown.get("id"):
            self.set_person(shown)
        else:
            self.set_person(self.person)

    def set_person(self, person: object) -> None:
        """The citizen on screen (a ``Loket.person`` dict) or None."""
        self.person = person if isinstance(person, dict) and person.get("id") else None
        if self.person is not None:
            name = f"{self.person.get('given_names', '')} {self.person.get('surname', '')}".strip()
            self.who_person.setText(self.tr("The citizen on screen: %1").replace("%1", name))
            self.who_person.setEnabled(True)
            self.who_person.setChecked(True)
            lang = str(self.person.get("language") or "")
            if lang in LANGUAGES:
                self.language.setCurrentIndex(self.language.findData(lang))
        else:
            self.who_person.setText(self.tr("The citizen on screen"))
            self.who_person.setEnabled(False)
            if self.who_person.isChecked() or self.who_group.checkedId() < 0:
                self.who_contact.setChecked(True)
        self._who_changed()

    # ------------------------------------------------------------------------------------------------ category
    def _cat_name(self, names: Any) -> str:
        lang = self.ctx.lang
        return str(names.get(lang) or names.get("nl") or next(iter(names.values()), ""))

    def _fill_categories(self) -> None:
        self._filling = True
        self.main_combo.clear()
        self.main_combo.addItem(self.tr("— choose —"), None)
        entries = []
        for m in self.cats.mains:
            self.main_combo.addItem(self._cat_name(m.names), m.code)
            for sub in m.subcategories:
                entries.append(f"{self._cat_name(m.names)} › {self._cat_name(sub.names)}")
        self.find_model.setStringList(entries)
        self._filling = False
        self._main_chosen()

    def _main_chosen(self) -> None:
        code = self.main_combo.currentData()
        self.sub_combo.blockSignals(True)
        self.sub_combo.clear()
        if code:
            for sub in self.cats.main(code).subcategories:
                self.sub_combo.addItem(self._cat_name(sub.names), sub.code)
        self.sub_combo.setEnabled(bool(code))
        self.sub_combo.blockSignals(False)
        self._sub_chosen()

    def _sub_chosen(self) -> None:
        if not self._filling:
            self._dup_timer.start()

    def _found(self, text: str) -> None:
        """A line of the category finder ("main › sub") chosen: both boxes follow."""
        for m in self.cats.mains:
            for sub in m.subcategories:
                if f"{self._cat_name(m.names)} › {self._cat_name(sub.names)}" == text or (
                        text and self._cat_name(sub.names).lower() == text.strip().lower()):
                    self.set_category(sub.code)
                    self.description.setFocus()
                    return

    def set_category(self, code: str) -> None:
        sub = self.cats.sub(code)
        if sub is None:
            return
        self.main_combo.setCurrentIndex(self.main_combo.findData(sub.main))
        self.sub_combo.setCurrentIndex(self.sub_combo.findData(sub.code))
        self._dup_timer.start()

    @property
    def category(self) -> str:
        return str(self.sub_combo.currentData() or "")

    # ------------------------------------------------------------------------------------------------ photos
    def choose_photos(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "",
                                                      self.tr("Images (*.jpg *.jpeg *.png *.tif *.tiff)"))
        for f in files:
            self.add_photo_file(Path(f))

    def add_photo_file(self, path: Path) -> None:
        intakes = self.intakes
        self.ctx.ops.run_op(lambda: _with_thumbnail(intakes.read_photo(path)), self._photo_read, self._photo_failed)

    def add_photo_bytes(self, data: bytes, name: str) -> None:
        intakes = self.intakes
        self.ctx.ops.run_op(lambda: _with_thumbnail(intakes.photo_from_bytes(data, name)), self._photo_read,
                            self._photo_failed)

    def _photo_failed(self, exc: BaseException) -> None:
        self._note(describe(exc))

    def _photo_read(self, result: object) -> None:
        if not isinstance(result, tuple) or not isinstance(result[0], Photo):
            return
        photo, thumb = result
        if any(p.sha256 == photo.sha256 for p in self.photos):
            self._note(self.tr("This photo is in the report already."))
            return
        self.photos.append(photo)
        item = QListWidgetItem(photo.name[:40])
        if isinstance(thumb, QImage) and not thumb.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(thumb)))
        item.setToolTip(f"{photo.name} · {photo.width}×{photo.height}")
        self.photo_list.addItem(item)
        notes = []
        if photo.taken_lat is not None and photo.taken_lon is not None:
            if self.place_source in ("", "photo"):
                self.set_location(photo.taken_lat, photo.taken_lon, "photo")
                notes.append(self.tr("The place was taken from the photo."))
        elif photo.warning is not None:
            notes.append(describe(PhotoError(photo.warning)))
        self._note(" ".join(notes))

    def _remove_photo(self) -> None:
        row = self.photo_list.currentRow()
        if 0 <= row < len(self.photos):
            del self.photos[row]
            self.photo_list.takeItem(row)
            if self.place_source == "photo":  # the place came from a photo: from one still there, else none
                left = next((p for p in self.photos if p.taken_lat is not None and p.taken_lon is not None), None)
                if left is not None and left.taken_lat is not None and left.taken_lon is not None:
                    self.set_location(left.taken_lat, left.taken_lon, "photo")
                else:
                    self.lat = self.lon = None
                    self.place_source = ""
                    self.address.clear()
                    self.map.set_marker(None, None)
                    self._show_place()
                    self._dup_timer.start()

    def take_photo(self) -> None:
        if not camera_names():
            self._note(self.tr("This laptop has no camera Loket can use."))
            return
        dialog = CameraDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.photo is not None:
            self.add_photo_image(dialog.photo, "camera.jpg")

    def add_photo_image(self, image: QImage, name: str) -> None:
        """A picture from the camera: encoded as JPEG and checked in the worker (QImage is shared, never changed)."""
        intakes = self.intakes
        self.ctx.ops.run_op(lambda: _with_thumbnail(intakes.photo_from_bytes(_jpeg(image), name)), self._photo_read,
                            self._photo_failed)

    def scan_photo(self) -> None:
        """Scan with SANE (``scanimage --format=png``) as a QProcess: the GUI never waits on it."""
        if self.scan is not None or not scanner_available():
            return
        proc = QProcess(self)
        self.scan = proc
        chunks: list[bytes] = []
        cap = self.intakes.max_photo_bytes + 1

        def read() -> None:
            chunks.append(bytes(proc.readAllStandardOutput().data()))
            if sum(len(c) for c in chunks) > cap:
                proc.kill()

        def finished(code: int, _status: object) -> None:
            self.scan = None
            data = b"".join(chunks)
            self.scan_button.setEnabled(True)
            if code != 0 or not data:
                self._note(self.tr("The scanner gave no image (is it connected and switched on?)."))
                return
            self.add_photo_bytes(data, "scan.png")

        proc.readyReadStandardOutput.connect(read)
        proc.finished.connect(finished)
        proc.errorOccurred.connect(lambda _e: finished(1, None))
        self.scan_button.setEnabled(False)
        self._note(self.tr("Scanning…"))
        proc.start("scanimage", ["--format=png", "--mode", "Color", "--resolution", "150"])
        QTimer.singleShot(SCAN_TIMEOUT_MS, lambda: proc.kill() if self.scan is proc else None)

    def _note(self, text: str) -> None:
        self.photo_note.setText(text)
        self.photo_note.setVisible(bool(text))

    # ------------------------------------------------------------------------------------------------ place
    def _suggest(self) -> None:
        text = self.address.text().strip()
        if len(text) < 2:
            return
        intakes = self.intakes
        self.ctx.ops.run_op(lambda: intakes.suggest_addresses(text, 10), self._suggested, lambda _e: None,
                            key="report-address")

    def _suggested(self, matches: object) -> None:
        self._suggestions = list(matches) if isinstance(matches, list) else []
        self.address_model.setStringList([m.label for m in self._suggestions])
        comp = self.address.completer()
        if self._suggestions and self.address.hasFocus():
            comp.complete()

    def _address_chosen(self, text: str) -> None:
        match = next((m for m in self._suggestions if m.label == text), None)
        if match is not None:
            self.address.setText(match.label)
            self.set_location(match.lat, match.lon, "address", address=match.label)

    def _geocode_typed(self) -> None:
        text = self.address.text().strip()
        if not text:
            return
        intakes = self.intakes

        def found(match: object) -> None:
            if isinstance(match, AddressMatch):
                self.address.setText(match.label)
                self.set_location(match.lat, match.lon, "address", address=match.label)
            else:
                self.place.setText(self.tr("That address is not in the city's register: pick the point on the map."))

        self.ctx.ops.run_op(lambda: intakes.geocode(text), found, lambda e: self._say(describe(e)),
                            key="report-geocode")

    def _picked(self, lat: float, lon: float) -> None:
        self.set_location(lat, lon, "map")
        intakes = self.intakes

        def near(match: object) -> None:
            if isinstance(match, AddressMatch) and self.place_source == "map" and (self.lat, self.lon) == (lat, lon):
                self.address.setText(match.label)

        self.ctx.ops.run_op(lambda: intakes.nearest_address(lat, lon), near, lambda _e: None, key="report-nearest")

    def set_location(self, lat: float, lon: float, source: str, address: str | None = None) -> None:
        if not (math.isfinite(lat) and math.isfinite(lon)):
            return
        self.lat, self.lon, self.place_source = lat, lon, source
        self.map.set_marker(lat, lon)
        if not self.map.rect().contains(self.map.to_pixel(lat, lon).toPoint()) or self.map.zoom < 15:
            self.map.set_view(lat, lon, max(self.map.zoom, 16))
        if source == "photo" and address is None:
            intakes = self.intakes

            def near(match: object) -> None:
                if isinstance(match, AddressMatch) and self.place_source == "photo" and not self.address.text():
                    self.address.setText(match.label)

            self.ctx.ops.run_op(lambda: intakes.nearest_address(lat, lon), near, lambda _e: None,
                                key="report-nearest")
        self._show_place()
        self._dup_timer.start()

    def _show_place(self) -> None:
        if self.lat is None or self.lon is None:
            self.place.setText(self.tr("No place yet: a photo with its location, an address, or a click on the map."))
            return
        how = {"photo": self.tr("from the photo"), "address": self.tr("from the address"),
               "map": self.tr("picked on the map")}.get(self.place_source, "")
        where = f"{self.lat:.5f}, {self.lon:.5f}"
        text = self.tr("Place %1 (%2)").replace("%1", where).replace("%2", how)
        if not self.intakes.in_city(self.lat, self.lon):
            text += " — " + self.tr("outside the city")
        self.place.setText(text)

    # ------------------------------------------------------------------------------------------------ duplicates
    def check_duplicates(self) -> None:
        """The possible duplicates (same category, 50 m, 12 weeks) for the list, and every open report around
        the place for the map; one operation."""
        category, lat, lon = self.category, self.lat, self.lon
        if lat is None or lon is None:
            self.nearby = []
            self._show_duplicates([])
            return
        intakes = self.intakes

        def look() -> tuple[list[NearbyReport], list[NearbyReport]]:
            dups = intakes.duplicates(category, lat, lon) if category else []
            return dups, intakes.open_nearby(lat, lon, NEARBY_M)

        def found(result: tuple[list[NearbyReport], list[NearbyReport]]) -> None:
            self.nearby = result[1]
            self._show_duplicates(result[0])

        self.ctx.ops.run_op(look, found, lambda e: self._say(describe(e)), key="report-duplicates")

    def _show_duplicates(self, found: object) -> None:
        self.duplicates = list(found) if isinstance(found, list) else []
        if not self.duplicates and (self.lat is None or self.lon is None):
            self.nearby = []
        self.dup_list.clear()
        for d in self.duplicates:
            when = fmt.date(d.created_at.date())
            status = self.cats.statuses[d.status].names.get(self.ctx.lang, d.status) if (
                d.status in self.cats.statuses) else d.status
            text = f"{d.id} · {d.distance_m:.0f} m · {when} · {status}\n{d.description[:90]}"
            item = QListWidgetItem(text)
            item.setToolTip(d.description)
            self.dup_list.addItem(item)
        dup_ids = {d.id for d in self.duplicates}
        points = [MapPoint(d.lat, d.lon, self._point_label(d), "open")
                  for d in self.nearby if d.id not in dup_ids and d.lat is not None and d.lon is not None]
        points += [MapPoint(d.lat, d.lon, self._point_label(d), "duplicate")
                   for d in self.duplicates if d.lat is not None and d.lon is not None]
        self.map.set_reports(points)
        n = len(self.duplicates)
        if n:
            self.tabs.setCurrentIndex(0)
            self.dup_hint.setText(self.tr("%n open report(s) of this category nearby: is it the same? Then choose "
                                          "it and \"Me too\".", "", n))
        else:
            self.dup_hint.setText(self.tr("No open report of this category within 50 m of the last 12 weeks."))
        self._dup_selected()

    def _marker_clicked(self, point: object) -> None:
        if not isinstance(point, MapPoint):
            return
        for row, d in enumerate(self.duplicates):
            if (d.lat, d.lon) == (point.lat, point.lon):
                self.tabs.setCurrentIndex(0)
                self.dup_list.setCurrentRow(row)
                self.me_too_button.setFocus()
                return
        self._picked(point.lat, point.lon)  # another open report: its place is a place like any other

    def _point_label(self, d: NearbyReport) -> str:
        sub = self.cats.sub(d.category)
        name = self._cat_name(sub.names) if sub is not None else d.category
        return f"{d.id} · {name} · {d.distance_m:.0f} m\n{d.description[:80]}"

    def _dup_selected(self) -> None:
        self.me_too_button.setEnabled(not self._saving and 0 <= self.dup_list.currentRow() < len(self.duplicates))

    def me_too(self) -> None:
        row = self.dup_list.currentRow()
        if not 0 <= row < len(self.duplicates):
            return
        self.save(duplicate_of=self.duplicates[row].id)

    # ------------------------------------------------------------------------------------------------ who
    def _who_changed(self) -> None:
        who = self.who_group.checkedId()
        anonymous = who == 2
        contact = who == 1
        for w in (self.first_name, self.last_name, self.email, self.phone):
            w.setEnabled(contact)
        self.language.setEnabled(not anonymous)
        self.tell.setEnabled(not anonymous)
        self.consent.setEnabled(not anonymous)
        if anonymous:
            self.consent.setChecked(False)
            self.tell.setCurrentIndex(0)
            self.consent.setToolTip(self.tr("An anonymous citizen is not told of the outcome nor asked again."))
        else:
            self.consent.setToolTip(self.tr("Needed to list the citizen among the city's engaged citizens."))

    # ------------------------------------------------------------------------------------------------ save
    def draft(self, duplicate_of: str | None = None, outside_confirmed: bool = False) -> ReportDraft:
        who = self.who_group.checkedId()
        anonymous = who == 2
        d = ReportDraft(
            category=self.category, description=self.description.toPlainText(), lat=self.lat, lon=self.lon,
            address=self.address.text().strip() or None, photos=list(self.photos),
            channel=str(self.channel.currentData() or "counter"), language=str(self.language.currentData() or "nl"),
            contact_channel=None if anonymous else self.tell.currentData(), consent=self.consent.isChecked()
            and not anonymous, anonymous=anonymous, duplicate_of=duplicate_of,
            outside_city_confirmed=outside_confirmed)
        if who == 0 and self.person is not None:
            d.person_id = str(self.person["id"])
        elif who == 1:
            d.first_name = self.first_name.text() or None
            d.last_name = self.last_name.text() or None
            d.email = self.email.text() or None
            d.phone = self.phone.text() or None
        return d

    def save(self, duplicate_of: str | None = None, outside_confirmed: bool = False) -> None:
        if not isinstance(duplicate_of, str):  # clicked(bool) / the shortcut
            duplicate_of = None
        if self._saving:  # a second Ctrl+S or click while the first is being written: one report
            return
        if not self.ctx.may("take_report"):
            self._say(self.tr("Your role cannot take citizen reports; the case store would refuse them."))
            return
        if (not outside_confirmed and duplicate_of is None and self.lat is not None and self.lon is not None
                and not self.intakes.in_city(self.lat, self.lon)):
            self._ask_outside()
            return
        draft = self.draft(duplicate_of, outside_confirmed or duplicate_of is not None)
        intakes = self.intakes
        self._saving = True
        self.save_button.setEnabled(False)
        self.me_too_button.setEnabled(False)
        self.ctx.mutate(lambda: intakes.save(draft), self._saved, self._refused,
                        changes=lambda r: r.changes if isinstance(r, SavedReport) else ChangeSet())

    def _ask_outside(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Outside the city"),
                          self.tr("This place lies outside the city. Is the report really about it?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Yes, save it"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&No, choose another place"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.outside_box = box

        def answered(result: int) -> None:
            self.outside_box = None
            if result == QMessageBox.StandardButton.Yes:
                self.save(outside_confirmed=True)
            else:
                self.address.setFocus()

        box.finished.connect(answered)
        box.open()

    def _saved(self, result: object) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if not isinstance(result, SavedReport):
            return
        self.last_saved = result
        if result.duplicate_of:
            text = self.tr("Added to report %1 (me too). Intake number %2.").replace(
                "%1", result.duplicate_of).replace("%2", result.intake_id[:8])
        elif result.reference:
            text = self.tr("Report saved: %1.").replace("%1", result.reference)
        else:
            text = self.tr("Report saved with intake number %1; its reference follows after the next sync.").replace(
                "%1", result.intake_id[:8])
        self.clear()
        self.result.setText(text)
        self.result.show()
        self.saved.emit(result)
        self.load_mine()
        self.cat_find.setFocus()

    def _refused(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._dup_selected()
        self._say(describe(exc))
        field = getattr(exc, "field", "")
        target: QWidget | None = {
            "category": self.cat_find, "description": self.description, "location": self.address,
            "outside_city": self.address, "address": self.address, "email": self.email,
            "e-mail address": self.email, "phone": self.phone, "phone number": self.phone,
            "first name": self.first_name, "last name": self.last_name, "contact_channel": self.tell,
            "consent": self.consent, "photos": self.photo_list, "anonymous": self.who_anonymous,
            "language": self.language}.get(field)
        if target is not None and target.isEnabled():
            target.setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            self.result.hide()

    def clear(self) -> None:
        self.main_combo.setCurrentIndex(0)
        self.cat_find.clear()
        self.description.clear()
        self.photos.clear()
        self.photo_list.clear()
        self._note("")
        self.lat = self.lon = None
        self.place_source = ""
        self.address.clear()
        self.map.set_marker(None, None)
        self._show_duplicates([])
        for w in (self.first_name, self.last_name, self.email, self.phone):
            w.clear()
        self.consent.setChecked(False)
        self.tell.setCurrentIndex(0)
        self.set_person(None)  # the next report is someone else's until a citizen is chosen again
        self._say("")
        self.result.hide()
        self._show_place()

    # ------------------------------------------------------------------------------------------------ mine
    def load_mine(self) -> None:
        intakes = self.intakes
        self.ctx.ops.run_op(lambda: intakes.mine(50), self._show_mine, lambda e: self._say(describe(e)),
                            key="report-mine")

    def _show_mine(self, rows: object) -> None:
        self.mine_tree.clear()
        states = {"pending": self.tr("waiting to sync"), "done": self.tr("with the city"),
                  "rejected": self.tr("refused"), "conflict": self.tr("conflict")}
        for r in rows if isinstance(rows, list) else []:
            sub = self.cats.sub(r.category)
            ref = r.reference or r.intake_id[:8]
            item = QTreeWidgetItem([ref, self._cat_name(sub.names) if sub else r.category,
                                    states.get(r.state, r.state), fmt.datetime(r.created_at)])
            if r.error:
                item.setToolTip(2, r.error)
            if r.description:
                item.setToolTip(1, r.description[:300])
            self.mine_tree.addTopLevelItem(item)
        for i in range(4):
            self.mine_tree.resizeColumnToContents(i)
