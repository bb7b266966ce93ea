#pragma once

#include "core/analysis/diagnosis.h"
#include "core/trace/runresult.h"

#include <QFrame>

#include <vector>

class QLabel;
class QPushButton;
class QToolButton;

namespace corescope::gui {

/// A finding's sentence in the current language, its numbers in the current locale.
QString findingText(const Finding &finding);

/// "Why this speedup?": under the charts after every run, the plain-language diagnosis of the
/// trace (corescope::diagnose() against the serial run of the same workload), each statement
/// with its number, and for the shared-counter lesson the expected and the actual total. It
/// stays until the next run starts; the header folds it to one line.
class DiagnosisPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisPanel)
public:
    explicit DiagnosisPanel(QWidget *parent = nullptr);

    /// Explains `run`; `serialBaseline` (a serial run of the same workload, or null) gives
    /// the speedup. A serial run is explained as the baseline itself.
    /// `more`: findings from outside the trace (the same tasks on the other runtime).
    void showRun(const RunResult &run, const RunResult *serialBaseline,
                 std::vector<Finding> more = {});
    /// What showRun() explains `run` with: diagnose() against the baseline (none for a serial
    /// run), then `more`. Reads only its arguments: callable on any thread.
    static std::vector<Finding> findingsFor(const RunResult &run, const RunResult *serialBaseline,
                                            std::vector<Finding> more);
    /// showRun() with findingsFor()'s answer already worked out: for a run too large to
    /// diagnose on the GUI thread.
    void showFindings(const RunResult &run, const RunResult *serialBaseline,
                      std::vector<Finding> findings);
    /// While a run goes (shows the panel): the explanation comes when it ends.
    /// "running…" after `run` (the workload and what runs it), until the run ends: the header
    /// names the run from its start (in presentation mode short of room the timeline leaves
    /// its subtitle to it).
    void showPending(const QString &run = {});
    /// Hides the panel (no run yet).
    void clear();

    /// The statements shown, for tests: the findings of the last showRun().
    const std::vector<Finding> &findings() const { return m_findings; }
    /// Everything the panel says, as plain text (empty when hidden).
    QString text() const;
    /// The header's run summary ("Seed primes (50) · native processes × 2 · 1.97 s · ok"), whole;
    /// the header shows it on one line, shortened with "…" where it does not fit.
    QString summaryText() const { return m_fullSummary; }
    /// The shared-counter lines, or empty.
    QString sharedCounterText() const { return m_sharedText; }

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    /// Hidden, whatever it holds, while the window shows a page it does not explain (the Sweep
    /// tab: a sweep has its own charts and tables, and the panel is about the last single run;
    /// its lines took the room of the sweep's tables). text() still says what it holds.
    void setSuppressed(bool suppressed);
    /// Holds a run's explanation (or the pending line), shown or not.
    bool hasContent() const { return m_hasContent; }
    QToolButton *collapseButton() const { return m_toggle; }
    /// Shown when a parallel run has no serial run to compare with, unless the page above
    /// offers the same button (the Speedup tab's bar): one offer on screen, not two.
    QPushButton *baselineButton() const { return m_baselineButton; }
    void setBaselineOfferedAbove(bool offered);

Q_SIGNALS:
    /// The user asked for the serial run the speedup needs.
    void baselineRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void setBody(const QStringList &htmlLines, const QStringList &plainLines);
    void setSummary(const QString &summary);
    /// The summary elided to the label's width.
    void showSummary();
    void updateToggle();

    QToolButton *m_toggle = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_baselineButton = nullptr;
    std::vector<Finding> m_findings;
    QString m_plain;
    QString m_fullSummary;
    QString m_sharedText;
    bool m_collapsed = false;
    bool m_hasContent = false;     // a run's explanation, or the pending line
    bool m_suppressed = false;
    bool m_wantsBaseline = false;      // the run shown is a parallel one without a baseline
    bool m_baselineOfferedAbove = false;
    void updateVisibility();
    void updateBaselineButton();
};

} // namespace corescope::gui
