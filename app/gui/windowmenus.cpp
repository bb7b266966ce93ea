// The main window's actions and menu bar (see windowmenus.h): created, connected to the window's
// public API, and said again in the current language.
#include "app/gui/windowmenus.h"

#include "app/gui/filecontroller.h"
#include "app/gui/mainwindow.h"
#include "app/gui/messagebanner.h"
#include "app/gui/settings.h"
#include "app/gui/shortcutsdialog.h"
#include "app/gui/sweeppanel.h"
#include "app/i18n/language.h"

#include <QLocale>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>

namespace corescope::gui {

WindowMenus::WindowMenus(MainWindow *window, Settings *settings)
    : QObject(window), m_window(window), m_settings(settings)
{
    createActions();
}

void WindowMenus::createActions()
{
    MainWindow *window = m_window;   // parent of the actions, context of their connections
    const auto icon = [window](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme),
                                window->style()->standardIcon(fallback));
    };
    m_quitAction = new QAction(icon("application-exit", QStyle::SP_DialogCloseButton),
                               QString(), window);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, window, &QWidget::close);

    m_runAction = new QAction(icon("media-playback-start", QStyle::SP_MediaPlay), QString(),
                              window);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_runAction, &QAction::triggered, window, [window] { window->startRun(); });

    m_cancelAction = new QAction(icon("process-stop", QStyle::SP_MediaStop), QString(),
                                 window);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, window, &MainWindow::cancelRun);

    m_baselineAction = new QAction(window);
    connect(m_baselineAction, &QAction::triggered, window, [window] { window->startSerialBaseline(); });

    m_sweepAction = new QAction(window);
    m_sweepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_sweepAction, &QAction::triggered, window, [window] {
        window->tabs()->setCurrentWidget(window->sweepPanel());
        window->sweepPanel()->startButton()->setFocus();
    });

    m_presentationAction = new QAction(icon("view-fullscreen", QStyle::SP_TitleBarMaxButton),
                                       QString(), window);
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentationAction, &QAction::toggled, window, &MainWindow::setPresentationMode);

    m_fitTimelineAction = new QAction(window);
    m_fitTimelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    // The window owns the shortcuts even while the side panel is hidden.
    window->addActions({m_quitAction, m_runAction, m_cancelAction, m_sweepAction,
                        m_presentationAction, m_fitTimelineAction});
}

void WindowMenus::createMenus(FileController *files, QDockWidget *controlsDock,
                              QDockWidget *pythonDock)
{
    m_controlsDock = controlsDock;
    MainWindow *window = m_window;
    QMenuBar *menuBar = window->menuBar();
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->setToolTipsVisible(true);
    m_fileMenu->addAction(files->openAction());
    m_fileMenu->addMenu(files->recentMenu());
    m_fileMenu->addAction(files->saveAction());
    m_fileMenu->addAction(files->compareAction());
    m_fileMenu->addSeparator();
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->setToolTipsVisible(true);
    m_exportMenu->addActions(files->exportChartActions());
    m_exportMenu->addSeparator();
    m_exportMenu->addActions(files->exportDataActions());
    m_fileMenu->addAction(files->exportDialogAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_runMenu = menuBar->addMenu(QString());
    m_runMenu->setToolTipsVisible(true);
    m_runMenu->addActions({m_runAction, m_cancelAction});
    m_runMenu->addSeparator();
    m_runMenu->addActions({m_baselineAction, m_sweepAction});

    m_lessonsMenu = menuBar->addMenu(QString());   // filled by the LessonGuide

    m_viewMenu = menuBar->addMenu(QString());
    m_viewMenu->setToolTipsVisible(true);
    m_viewMenu->addAction(m_presentationAction);
    QAction *controlsToggle = m_controlsDock->toggleViewAction();
    controlsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    window->addAction(controlsToggle);
    m_viewMenu->addAction(controlsToggle);
    m_pythonDock = pythonDock;
    QAction *pythonToggle = pythonDock->toggleViewAction();
    pythonToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    window->addAction(pythonToggle);
    m_viewMenu->addAction(pythonToggle);
    m_viewMenu->addSeparator();
    static_assert(MainWindow::SweepTab + 1 == sizeof(m_tabActions) / sizeof(m_tabActions[0]),
                  "one View action a tab");
    for (int tab = MainWindow::LiveTab; tab <= MainWindow::SweepTab; ++tab) {
        auto *action = new QAction(window);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, window,
                [window, tab] { window->showTab(static_cast<MainWindow::Tab>(tab)); });
        window->addAction(action);
        m_viewMenu->addAction(action);
        m_tabActions[tab] = action;
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fitTimelineAction);
    m_viewMenu->addSeparator();
    createLanguageMenu();

    m_helpMenu = menuBar->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString());
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    window->addAction(m_shortcutsAction);
    connect(m_shortcutsAction, &QAction::triggered, this, &WindowMenus::showShortcuts);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, window, [window] {
        QMessageBox::about(
            window, tr("About Corescope"),
            tr("<h3>Corescope %1</h3><p>See parallelism: run a workload serially, on threads "
               "or on processes and watch the cores, the per-worker timeline and the "
               "speedup.</p><p>Ctrl+R run · Esc cancel · Ctrl+O open · Ctrl+E export · "
               "F11 presentation mode</p>")
                .arg(QApplication::applicationVersion()));
    });
    m_aboutQtAction = m_helpMenu->addAction(QString());
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void WindowMenus::showShortcuts()
{
    // Keys that no menu lists: the windows' own.
    QList<QPair<QString, QString>> elsewhere{
        {tr("Race and Compare windows: close"),
         QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText) + QStringLiteral(", ")
             + QKeySequence(QKeySequence::Close).toString(QKeySequence::NativeText)},
    };
    auto *dialog = new ShortcutsDialog(m_window->menuBar(), std::move(elsewhere), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void WindowMenus::createLanguageMenu()
{
    // System (the default), then each language in its own name: a class that cannot read the
    // current language still finds its own.
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->setToolTipsVisible(true);
    auto *group = new QActionGroup(m_languageMenu);
    QStringList codes{QString()};
    codes << i18n::availableLanguages();
    const QString chosen = m_settings->language();
    for (const QString &code : codes) {
        QAction *action = m_languageMenu->addAction(i18n::nativeLanguageName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        if (code.isEmpty()) {
            m_systemLanguageAction = action;
            m_languageMenu->addSeparator();
        }
    }
}

void WindowMenus::setLanguage(const QString &code)
{
    m_settings->setLanguage(code);
    m_settings->sync();
    for (QAction *action : m_languageMenu->actions())
        if (action->isCheckable())
            action->setChecked(action->data().toString() == code);
    // Every widget gets a LanguageChange event and says its text again.
    const QString language = i18n::resolveLanguage(code);
    i18n::applyLanguage(language);
    // And numbers as the language writes them ("5,0 мс"): a widget takes the default locale
    // when it is made, so the windows are told; their children without a locale of their own
    // follow them (spin boxes, the charts' axes).
    // A window's children follow it, but not the ones that are windows themselves (a
    // floating dock): every top-level widget is told.
    for (QWidget *top : QApplication::topLevelWidgets())
        top->setLocale(QLocale());
    m_window->messageBanner()->showMessage(
        MessageBanner::Kind::Info, tr("Language: %1. An open Compare window or dialog takes it "
                                      "when it is opened again.")
                                       .arg(i18n::nativeLanguageName(language)));
}

void WindowMenus::retranslate()
{
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setToolTip(tr("Cancel any run and close Corescope (Ctrl+Q)"));
    m_runAction->setText(tr("&Run"));
    m_runAction->setIconText(tr("Run"));
    m_runAction->setToolTip(tr("Run the workload with these options (Ctrl+R)"));
    m_cancelAction->setText(tr("&Cancel"));
    m_cancelAction->setIconText(tr("Cancel"));
    m_cancelAction->setToolTip(tr("Stop the run now; finished results stay (Esc)"));
    m_baselineAction->setText(tr("Run &Serial Baseline"));
    m_baselineAction->setToolTip(tr("Run the workload serially: the speedup chart measures "
                                    "every other run against this one"));
    m_sweepAction->setText(tr("S&weep…"));
    m_sweepAction->setToolTip(tr("Measure the workload over several modes and worker counts: "
                                 "the Sweep tab (Ctrl+Shift+R)"));
    m_presentationAction->setText(tr("&Presentation Mode"));
    m_presentationAction->setToolTip(tr("Full screen with large fonts, thick lines and high "
                                        "contrast, for a projector (F11); the Controls panel "
                                        "hides, Ctrl+L shows it"));
    m_fitTimelineAction->setText(tr("&Fit Timeline to Run"));
    m_fitTimelineAction->setToolTip(tr("Zoom the timeline out to the whole run (Ctrl+0)"));

    if (!m_fileMenu)
        return;   // before createMenus()
    m_fileMenu->setTitle(tr("&File"));
    m_exportMenu->setTitle(tr("E&xport"));
    m_runMenu->setTitle(tr("&Run"));
    m_lessonsMenu->setTitle(tr("Lesso&ns"));
    m_viewMenu->setTitle(tr("&View"));
    QAction *controlsToggle = m_controlsDock->toggleViewAction();
    controlsToggle->setText(tr("&Controls Panel"));
    controlsToggle->setToolTip(tr("Show or hide the side panel (Ctrl+L)"));
    QAction *pythonToggle = m_pythonDock->toggleViewAction();
    pythonToggle->setText(tr("&Python Equivalent"));
    pythonToggle->setToolTip(tr("Show the Python program that does what the current settings "
                                "do (Ctrl+Shift+P)"));
    const QString tabNames[] = {tr("&Live"), tr("&Speedup"), tr("R&esults"), tr("S&weep")};
    for (int tab = MainWindow::LiveTab; tab <= MainWindow::SweepTab; ++tab) {
        m_tabActions[tab]->setText(tabNames[tab]);
        m_tabActions[tab]->setToolTip(m_window->tabs()->tabToolTip(tab));
    }
    m_languageMenu->setTitle(tr("&Language"));
    m_languageMenu->setToolTip(tr("The language of the window and of the lessons; the command "
                                  "line follows LANG or --lang"));
    m_systemLanguageAction->setText(
        tr("&System (%1)").arg(i18n::nativeLanguageName(i18n::resolveLanguage(QString()))));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Corescope"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

} // namespace corescope::gui
