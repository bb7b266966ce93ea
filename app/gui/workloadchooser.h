// The side panel's Workload group: the list of shipped workloads and opened files, the text
// describing the one selected, and the Open button (the panel gives it the window's action).
#pragma once

#include <QGroupBox>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace corescope::gui {

class WorkloadChooser final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadChooser)
public:
    explicit WorkloadChooser(QWidget *parent = nullptr);

    /// Adds a workload to the list; `key` is a shipped id or a file's path. A file already
    /// listed is updated in place.
    void addWorkload(const QString &key, const QString &name, const QString &description,
                     bool isFile);
    /// Selects the workload without emitting workloadChosen().
    void setCurrentWorkload(const QString &key);
    QString currentWorkloadKey() const;
    /// The text under the list describing the current workload (rich text).
    void setDetails(const QString &text);

    QListWidget *list() const { return m_workloads; }
    QPushButton *openButton() const { return m_openButton; }
    /// The list is as tall as its entries, up to 16 rows (10 with presentation fonts), unless
    /// `pixels` is less: then that, but never under 6 rows. < 0: no limit of the caller's.
    void limitListHeight(int pixels);

Q_SIGNALS:
    /// The user picked a workload in the list.
    void workloadChosen(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateListHeight();
    void onCurrentItemChanged(QListWidgetItem *current);

    QListWidget *m_workloads = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_openButton = nullptr;
    bool m_settingSelection = false;
    int m_heightLimit = -1;   // limitListHeight()'s
};

} // namespace corescope::gui
