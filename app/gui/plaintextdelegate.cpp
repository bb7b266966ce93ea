#include "app/gui/plaintextdelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace corescope::gui {

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const QString text = opt.text;
    const bool plain = !(opt.features & (QStyleOptionViewItem::HasDecoration
                                         | QStyleOptionViewItem::HasCheckIndicator
                                         | QStyleOptionViewItem::WrapText))
                       && opt.direction == Qt::LeftToRight
                       && !text.contains(QLatin1Char('\n'));
    const QStaticText laid = plain && !text.isEmpty() ? laidOut(text, opt.font) : QStaticText();
    // A text wider (or taller) than its cell is left to the style, which elides (and clips) it.
    const QSizeF size = laid.size();
    if (!plain || size.width() > textRect.width() || size.height() > textRect.height()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);   // panel and focus
    if (text.isEmpty())
        return;

    // The colour and place the style gives a cell's text (QCommonStyle, CE_ItemViewItem).
    QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role =
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    // As QTextLayout places a line: across the whole width, at a fractional x; vertically
    // as a block of the text's whole-pixel height.
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    const QRect block = QStyle::alignedRect(opt.direction, align & Qt::AlignVertical_Mask,
                                            QSize(textRect.width(), qRound(size.height())),
                                            textRect);
    qreal x = block.left();
    if (align & Qt::AlignRight)
        x += textRect.width() - size.width();
    else if (align & Qt::AlignHCenter)
        x += (textRect.width() - size.width()) / 2;
    const QPen pen = painter->pen();
    const QFont font = painter->font();
    painter->setPen(opt.palette.color(group, role));
    painter->setFont(opt.font);
    painter->drawStaticText(QPointF(x, block.top()), laid);
    painter->setFont(font);
    painter->setPen(pen);
}

QStaticText PlainTextDelegate::laidOut(const QString &text, const QFont &font) const
{
    auto cache = std::find_if(m_caches.begin(), m_caches.end(),
                              [&](const Cache &c) { return c.font == font; });
    if (cache == m_caches.end()) {
        if (m_caches.size() >= kMaxFonts)
            m_caches.clear();
        m_caches.push_back({font, {}});
        cache = std::prev(m_caches.end());
    }
    auto found = cache->texts.constFind(text);
    if (found != cache->texts.cend())
        return *found;
    if (cache->texts.size() >= kMaxTexts)
        cache->texts.clear();
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText);
    QTextOption option;   // the style lays a cell's text out in the view's direction
    option.setTextDirection(Qt::LeftToRight);
    laid.setTextOption(option);
    laid.prepare(QTransform(), font);
    return *cache->texts.insert(text, laid);
}

} // namespace corescope::gui
