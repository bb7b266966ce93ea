#include "app/charts/timelinelegend.h"

#include "app/charts/chartstyle.h"
#include "app/charts/qcpinclude.h"
#include "app/charts/timelineplottable.h"

#include <QCoreApplication>

namespace corescope::gui::timeline {

namespace cs = chartstyle;

void fillLegend(QCPLegend *legend, const LegendContent &what, bool presentation)
{
    legend->clearItems();
    const bool pres = presentation;
    const QColor c0 = TimelinePlottable::laneColor(0);
    const QColor c1 = TimelinePlottable::laneColor(1);
    // Brief: the lanes' labels say whose colour is whose, and a hand-back tick's row is its
    // task's; a legend on one row leaves the lanes room for their labels (a 720p projector).
    const QString taskName =
        what.brief ? (!what.holds    ? QCoreApplication::translate("Charts", "task", "legend")
                      : what.sampled ? QCoreApplication::translate("Charts", "running, sampled")
                                     : QCoreApplication::translate("Charts", "holds the GIL"))
        : !what.holds  ? QCoreApplication::translate("Charts", "task (colour = worker)")
        : what.sampled ? QCoreApplication::translate("Charts", "running, sampled (colour = worker)")
                       : QCoreApplication::translate("Charts", "holds the GIL (colour = worker)");
    legend->addItem(new cs::SwatchLegendItem(
        legend, taskName, [c0, c1](QCPPainter *p, const QRectF &r) {
            const QRectF a(r.left(), r.top(), r.width() / 2, r.height());
            const QRectF b(r.center().x(), r.top(), r.width() / 2, r.height());
            p->fillRect(a, c0);
            p->fillRect(b, c1);
            p->fillRect(QRectF(b.left(), b.top(), 1.5, b.height()), Qt::white);
        }));
    if (what.gil) {
        // Python's off-CPU time is the GIL or the OS (docs/PYTHON_RUNTIME.md), not the GIL
        // alone; sampled holds say only that the thread was not running.
        const QString wait =
            what.sampled  ? QCoreApplication::translate("Charts", "in a task, not running (sampled)")
            : what.python ? QCoreApplication::translate(
                                kExecutionLabelContext,
                                taskWaitLabel(what.mode, Runtime::Python).data())
                          : QCoreApplication::translate("Charts", "waiting for the GIL");
        // With holds the hatch is when the task waited; without, its share of the task's
        // time, drawn as the lower part of the bar (the swatch shows it so).
        const bool share = !what.holds;
        legend->addItem(new cs::SwatchLegendItem(
            legend, wait, [c0, pres, share](QCPPainter *p, const QRectF &r) {
                QRectF hatched = r;
                if (share) {
                    hatched.setTop(r.top() + r.height() / 2);
                    p->fillRect(QRectF(r.left(), r.top(), r.width(), r.height() / 2), c0);
                }
                p->fillRect(hatched, cs::mix(c0, QColor(Qt::white), 0.62));
                cs::drawHatch(p, hatched, c0, pres ? 9.0 : 6.0, pres ? 1.6 : 1.0);
            }));
    }
    if (what.startup) {
        legend->addItem(new cs::SwatchLegendItem(
            legend, QCoreApplication::translate("Charts", "worker start-up"), [](QCPPainter *p, const QRectF &r) {
                p->fillRect(r, cs::startupColor());
            }));
    }
    if (what.failed) {
        legend->addItem(new cs::SwatchLegendItem(
            legend, QCoreApplication::translate("Charts", "failed"), [](QCPPainter *p, const QRectF &r) {
                p->fillRect(r, cs::failedColor());
            }));
    }
    if (what.cancelled) {
        legend->addItem(new cs::SwatchLegendItem(
            legend, QCoreApplication::translate("Charts", "stopped by Cancel", "legend: a task"),
            [c0, pres](QCPPainter *p, const QRectF &r) { cs::drawOpenBar(p, r, c0, pres); }));
    }
    legend->addItem(new cs::SwatchLegendItem(
        legend, QCoreApplication::translate("Charts", "results held by the caller"),
        [](QCPPainter *p, const QRectF &r) {
            p->fillRect(r, QColor(0xEC, 0xF1, 0xF7));
            p->fillRect(QRectF(r.left(), r.center().y(), r.width(), r.height() / 2),
                        TimelinePlottable::heldColor());
        }));
    legend->addItem(new cs::SwatchLegendItem(
        legend, what.brief ? QCoreApplication::translate("Charts", "result handed back")
                           : QCoreApplication::translate("Charts", "result handed back (row = task)"),
        [pres](QCPPainter *p, const QRectF &r) {
            p->fillRect(r, QColor(0xEC, 0xF1, 0xF7));
            const double w = pres ? 5.0 : 3.0;
            const QColor ink(0x1F, 0x3A, 0x5F);
            for (int i = 0; i < 3; ++i) {
                const double x = r.left() + r.width() * (0.2 + 0.3 * i);
                const double h = r.height() / 3;
                p->fillRect(QRectF(x - w / 2, r.top() + h * i + 1, w, h - 1.5), ink);
            }
        }));
}

} // namespace corescope::gui::timeline
