#include "app/gui/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace corescope::gui {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Selectable so a file:line:col or an error can be copied into a bug report.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clearMessage);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslate();
    hide();
}

void MessageBanner::retranslate()
{
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString colours;
    switch (kind) {
    case Kind::Info:
        pixmap = QStyle::SP_MessageBoxInformation;
        colours = QStringLiteral("background: #e3f2fd; border: 1px solid #64b5f6; color: #0d2a4a;");
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background: #fff8e1; border: 1px solid #ffb300; color: #3e2a00;");
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background: #ffebee; border: 1px solid #e53935; color: #5b0000;");
        break;
    }
    setStyleSheet(QStringLiteral("#messageBanner { %1 border-radius: 4px; }"
                                 "#messageBanner QLabel { background: transparent; border: none;"
                                 " color: inherit; }")
                      .arg(colours));
    const int size = m_text->fontMetrics().height() + 6;
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_text->setText(text);
    m_text->setToolTip(text);
    show();
}

void MessageBanner::clearMessage()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace corescope::gui
