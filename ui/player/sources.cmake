# The player: QMediaPlayer on a TorrentStreamDevice, its controls and overlays.
target_sources(swarmplay_ui PRIVATE
)
