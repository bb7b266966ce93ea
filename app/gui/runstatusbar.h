#pragma once

#include <QWidget>

#include <cstdint>
#include <functional>

class QLabel;
class QProgressBar;
class QTimer;

namespace corescope::gui {

/// The run's progress in one line: state, a bar of tasks ended / total, elapsed time, tasks/s
/// and the estimated time left. Fed from each pulled snapshot; labels change only when their
/// text does, so a 30 Hz update costs nothing when nothing moved.
class RunStatusBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStatusBar)
public:
    explicit RunStatusBar(QWidget *parent = nullptr);

    /// A run of `total` tasks has started.
    void start(std::uint64_t total);
    /// Progress so far (`elapsedNs` since the run's start), shown in an event-loop turn of its
    /// own: QProgressBar repaints at once when it moves (1-7 ms, measured in
    /// corescope-gui-bench), which must not add to the turn that took the run's data in.
    void update(std::uint64_t ended, std::uint64_t total, std::int64_t elapsedNs);
    /// Says the state in the current language; called again on QEvent::LanguageChange, so
    /// it keeps what describes the run (its options, its result), not a string.
    using Describe = std::function<QString()>;
    /// The run ended; `state` says how ("Done", "Cancelled", ...), `ended` counts its tasks
    /// that ended however (as update()'s `ended` did while it went) and `progressTip`, when
    /// it says something, how they ended (the progress bar's tooltip).
    void finish(Describe state, std::uint64_t ended, std::uint64_t total, std::int64_t elapsedNs,
                Describe progressTip = {});
    void setState(Describe state);
    /// A state that needs no translation (or a test's).
    void setState(const QString &state);

    QProgressBar *progressBar() const { return m_progress; }
    /// The whole state, as set (the label may show it shortened, with the whole in its tooltip).
    QString stateText() const;
    /// What the state label shows: at most about 40 % of the bar, elided with "…".
    QString shownStateText() const;
    QString elapsedText() const;
    QString rateText() const;
    QString etaText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static void setText(QLabel *label, const QString &text);
    void showState();
    void showFigures();   // m_ended, m_total, m_elapsedNs on the bar and the labels
    void showProgressTip();
    QString m_fullState;
    Describe m_describeState;   ///< says m_fullState again after a language switch
    std::uint64_t m_ended = 0;   ///< the last update's figures, said again with the language
    std::uint64_t m_total = 0;
    std::int64_t m_elapsedNs = 0;
    bool m_started = false;   ///< a run (or a saved one) has been shown
    QTimer *m_showFigures = nullptr;   ///< update()'s figures are waiting for their turn

    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;
    Describe m_describeProgressTip;   // the last run's ending, or empty: the default tooltip
    QLabel *m_elapsed = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_eta = nullptr;
    bool m_running = false;
};

} // namespace corescope::gui
