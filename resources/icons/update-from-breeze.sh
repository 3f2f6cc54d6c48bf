#!/usr/bin/env bash
# Copies the Breeze icons Cohort uses into cohort-light/ and cohort-dark/ (sizes 16 and 22).
# Run it after adding a name to ICONS; it needs the breeze-icon-theme package
# (Debian: /usr/share/icons/breeze and breeze-dark). Many Breeze files are symlinks: cp -L.
set -euo pipefail
cd "$(dirname "$0")"
ICONS=(
  # sidebar
  system-users user-identity package flag view-financial-list dialog-messages view-statistics
  view-financial-account document-preview view-calendar-month format-list-ordered dialog-warning
  # table panes
  list-add document-edit edit-delete document-export edit-find dialog-ok-apply document-send
  view-refresh document-import edit-copy dialog-cancel
  # File, Edit, View and Help menus
  document-new document-open document-open-recent edit-clear-history document-save-as
  document-revert document-properties configure application-exit edit-undo edit-redo
  sidebar-expand-left help-contents tools-wizard help-about
  # reports, user guide, calendar
  document-print-preview document-print application-pdf text-html zoom-fit-width zoom-fit-best
  zoom-out zoom-in go-first go-previous go-next go-last go-home go-jump-today
)
for variant in light dark; do
  source=/usr/share/icons/breeze
  [ "$variant" = dark ] && source=/usr/share/icons/breeze-dark
  rm -rf "cohort-$variant/16" "cohort-$variant/22"
  mkdir -p "cohort-$variant/16" "cohort-$variant/22"
  for name in "${ICONS[@]}"; do
    for size in 16 22; do
      file=$(find -L "$source" -path "*/$size/$name.svg" -print -quit)
      if [ -z "$file" ]; then
        echo "missing: $name ($size px)" >&2
        exit 1
      fi
      cp -L "$file" "cohort-$variant/$size/$name.svg"
    done
  done
done
