// ModeBox: the modes' names and tooltips, and whether MPI ranks can be chosen here.
#include "app/gui/modebox.h"

#include "app/gui/comboitems.h"

#include "app/i18n/language.h"
#include "core/exec/mpiexecutor.h"

#include <QEvent>

namespace corescope::gui {

namespace {

QString modeToolTip(Mode mode)
{
    switch (mode) {
    case Mode::Serial:
        return ModeBox::tr("One task after another on one thread: the baseline every "
                           "speedup is measured against");
    case Mode::Threads:
        return ModeBox::tr("A pool of threads. Native runtime: C++ threads with no GIL, "
                           "unless \"Emulated GIL\" is ticked; Python runtime: Python's "
                           "own threads (ThreadPoolExecutor, ThreadPool) under the real "
                           "GIL");
    case Mode::Processes:
        return ModeBox::tr("A pool of worker processes: Corescope's native workers, or in "
                           "the Python runtime Python's own (ProcessPoolExecutor, "
                           "multiprocessing.Pool); inputs and results travel between "
                           "processes");
    case Mode::Mpi:
        return ModeBox::tr("Ranks of an MPI job (Open MPI's mpirun, started by Corescope) "
                           "as the workers, on this machine or on the hosts named below; "
                           "inputs and results travel as MPI messages");
    }
    return {};
}

} // namespace

QString ModeBox::modeText(Mode mode)
{
    switch (mode) {
    case Mode::Serial: return tr("serial");
    case Mode::Threads: return tr("threads");
    case Mode::Processes: return tr("processes");
    case Mode::Mpi: return tr("MPI ranks");
    }
    return QString::fromLatin1(modeName(mode));
}

ModeBox::ModeBox(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("modeBox"));
    for (const Mode mode : {Mode::Serial, Mode::Threads, Mode::Processes})
        addItem(QString(), static_cast<int>(mode));
    // MPI ranks: greyed out, not removed, when this build or machine has no Open MPI; its
    // tooltip is the one sentence on how to get it (retranslate() keeps it).
    addItem(QString(), static_cast<int>(Mode::Mpi));
    m_mpiWhy = mpiAvailability({});
    m_mpiAvailable = m_mpiWhy.empty();
    setItemEnabled(this, count() - 1, m_mpiAvailable);
    retranslate();
}

Mode ModeBox::mode() const
{
    return static_cast<Mode>(currentData().toInt());
}

void ModeBox::setMode(Mode mode)
{
    if (mode == Mode::Mpi && !m_mpiAvailable)
        mode = Mode::Processes;
    setCurrentIndex(findData(static_cast<int>(mode)));
}

void ModeBox::retranslate()
{
    for (int i = 0; i < count(); ++i) {
        const auto mode = static_cast<Mode>(itemData(i).toInt());
        setItemText(i, modeText(mode));
        setItemData(i,
                    mode == Mode::Mpi && !m_mpiAvailable ? i18n::engineText(m_mpiWhy)
                                                         : modeToolTip(mode),
                    Qt::ToolTipRole);
    }
    setToolTip(tr("Serial (the baseline), threads in this process, worker processes, "
                  "or the ranks of an MPI job"));
}

void ModeBox::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace corescope::gui
