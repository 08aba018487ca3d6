# The main window, its panes and dialogs.
target_sources(swarmplay_ui PRIVATE
)
