#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QProgressBar;

namespace corescope::gui {

/// The run's progress in one line: state, a bar of tasks done / total, elapsed time, tasks/s
/// and the estimated time left. Fed from each pulled snapshot; labels change only when their
/// text does, so a 30 Hz update costs nothing when nothing moved.
class RunStatusBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStatusBar)
public:
    explicit RunStatusBar(QWidget *parent = nullptr);

    /// A run of `total` tasks has started.
    void start(std::uint64_t total);
    /// Progress so far (`elapsedNs` since the run's start).
    void update(std::uint64_t done, std::uint64_t total, std::int64_t elapsedNs);
    /// The run ended; `state` says how ("Done", "Cancelled", ...).
    void finish(const QString &state, std::uint64_t done, std::uint64_t total,
                std::int64_t elapsedNs);
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
    QString m_fullState;
    bool m_started = false;   ///< a run (or a saved one) has been shown

    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_eta = nullptr;
    bool m_running = false;
};

} // namespace corescope::gui
