#pragma once

#include <QBitArray>
#include <QImage>
#include <QSlider>
#include <QTimer>

namespace swarmplay {

// The seek bar of a torrent player: besides the play position it shows which parts of the file
// are downloaded and how much is buffered ahead, so the viewer sees where a seek will be instant.
//
// It is a QSlider (value in milliseconds) so screen readers and keyboard users get a real
// slider, but it paints itself and only *asks* for seeks: seekRequested() is emitted when a
// click or drag ends or keyboard steps settle, never for setPosition() from the player.
class SeekSlider : public QSlider
{
    Q_OBJECT

public:
    explicit SeekSlider(QWidget *parent = nullptr);

    void setDuration(qint64 ms);
    qint64 duration() const { return m_duration; }
    // The player's position. While the user drags or steps with the keyboard the handle stays
    // where the user put it; the position is remembered for when that ends.
    void setPosition(qint64 ms);
    qint64 position() const { return m_position; }
    // Where the handle is drawn: the drag position while dragging, else the player's position.
    qint64 displayedPosition() const { return sliderPosition(); }
    bool isDragging() const { return isSliderDown(); }

    // Bit i covers bytes [i*len, (i+1)*len) of the file; the bits span the whole bar.
    void setPieces(const QBitArray &have);
    QBitArray pieces() const { return m_pieces; }
    // How much of the stream after the play position is ready to play.
    void setBufferedAhead(qint64 ms);
    qint64 bufferedAhead() const { return m_bufferedAhead; }

    // Position under x (widget coordinates), 0 when the duration is unknown.
    qint64 positionAt(qreal x) const;
    QRectF trackRect() const;
    QRectF handleRect() const;

    // The colours the bar paints with, derived from the palette.
    QColor grooveColor() const;
    QColor downloadedColor() const;
    QColor bufferedColor() const;
    QColor playedColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);
    // The user moved the handle (drag or keys) and a seek will follow; lets a time label show
    // where the handle is before the player gets there.
    void previewPositionChanged(qint64 ms);

protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void changeEvent(QEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;
    void enterEvent(QEnterEvent *e) override;
    void leaveEvent(QEvent *e) override;
    void focusInEvent(QFocusEvent *e) override;

private:
    qreal xForPosition(qint64 ms) const;
    void showTimeToolTip(const QPoint &globalPos, qreal x);
    void stepBy(qint64 deltaMs);
    void settleKeyboardSeek();
    void rebuildPieceImage();

    qint64 m_duration = 0;
    qint64 m_position = 0;
    qint64 m_bufferedAhead = 0;
    QBitArray m_pieces;
    // One row, one pixel per device pixel of the track, alpha = share of that column
    // downloaded. Painting is one textured fill however many pieces the file has.
    QImage m_pieceImage;
    bool m_pieceImageDirty = true;
    bool m_hovered = false;
    bool m_keyboardFocus = false; // focus ring only when focus came by keyboard
    QTimer m_keySeekTimer;
};

} // namespace swarmplay
