// The main window's own actions (Quit, Run, Cancel, the serial baseline, Sweep, presentation
// mode, fit the timeline) and its menu bar (File, Run, Lessons, View with Language, Help), with
// their texts in the current language.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMenu;

namespace corescope::gui {

class FileController;
class MainWindow;
class Settings;

class WindowMenus final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowMenus)
public:
    /// Creates the actions and gives the window their shortcuts; the menus come later
    /// (createMenus), once the parts they list exist. The actions drive the window through
    /// its public API, as a user does.
    WindowMenus(MainWindow *window, Settings *settings);

    /// Builds the menu bar: the File menu lists `files`' actions, the View menu the docks'
    /// toggles. The Lessons menu stays empty for the LessonGuide to fill.
    void createMenus(FileController *files, QDockWidget *controlsDock, QDockWidget *pythonDock);
    /// Says every action's and menu's text again, in the current language. The View menu's tab
    /// entries take the tabs' tooltips, so the window says those first.
    void retranslate();
    /// View > Language: "" follows the system, else "en", "ko" or "ru"; remembered, checked in
    /// the menu and applied at once (every widget gets a LanguageChange event).
    void setLanguage(const QString &code);

    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *baselineAction() const { return m_baselineAction; }
    QAction *presentationAction() const { return m_presentationAction; }
    QAction *fitTimelineAction() const { return m_fitTimelineAction; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *lessonsMenu() const { return m_lessonsMenu; }
    QMenu *languageMenu() const { return m_languageMenu; }
    QAction *shortcutsAction() const { return m_shortcutsAction; }

private:
    void createActions();
    void createLanguageMenu();
    void showShortcuts();

    MainWindow *m_window = nullptr;
    Settings *m_settings = nullptr;
    QDockWidget *m_controlsDock = nullptr;
    QDockWidget *m_pythonDock = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_shortcutsAction = nullptr;   // Help > Keyboard Shortcuts (F1)
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_tabActions[4] = {};   // View > each of MainWindow::Tab
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_baselineAction = nullptr;
    QAction *m_sweepAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_fitTimelineAction = nullptr;
};

} // namespace corescope::gui
