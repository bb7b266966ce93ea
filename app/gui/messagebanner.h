#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace corescope::gui {

/// A strip above the charts that says, in plain words, what went wrong (or what to know):
/// a bad workload file with file:line:col, a worker that died and the task it ran, results
/// that differ from the expected ones. It stays until dismissed or replaced, so a message is
/// never missed on a projector the way a status-bar flash would be.
class MessageBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clearMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace corescope::gui
