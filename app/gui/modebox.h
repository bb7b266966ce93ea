// The side panel's mode box (serial, threads, processes, MPI ranks): each mode's name and
// tooltip, and MPI ranks greyed out, with the sentence on how to get it, when this build or
// machine has no Open MPI.
#pragma once

#include "core/exec/runoptions.h"

#include <QComboBox>

#include <string>

namespace corescope::gui {

class ModeBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeBox)
public:
    /// A mode's name as the box shows it, in the language ("threads").
    static QString modeText(Mode mode);
    explicit ModeBox(QWidget *parent = nullptr);

    Mode mode() const;
    /// Selects `mode`; MPI without Open MPI selects the process pool, the nearest.
    void setMode(Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    bool m_mpiAvailable = false;
    std::string m_mpiWhy;   // why MPI is unavailable (the greyed item's tooltip), in English
};

} // namespace corescope::gui
