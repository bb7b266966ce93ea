#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QCustomPlot;

namespace corescope::gui {

/// Wall times side by side: one horizontal bar per run, top to bottom in the order given, each
/// labelled with what ran and how long it took ("native threads + emulated GIL × 2: 2.31 s").
/// The race window's (RaceWindow) comparison beside its timelines.
class WallTimeChart final : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString label;          ///< what ran: optionsText()
        double seconds = 0;     ///< the run's wall time
        bool ok = true;         ///< false: the run failed (drawn in the failed colour)
    };

    explicit WallTimeChart(QWidget *parent = nullptr);

    void setBars(std::vector<Bar> bars);
    /// The texts drawn beside the bars, top to bottom, for tests and the window's title.
    QStringList barTexts() const;
    /// The bars' values as drawn (seconds), top to bottom.
    std::vector<double> barSeconds() const;
    QCustomPlot *plot() const { return m_plot; }

protected:
    /// On QEvent::LanguageChange: the title, axis and bar texts in the new language.
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot = nullptr;
    std::vector<Bar> m_bars;
    QStringList m_texts;
};

} // namespace corescope::gui
