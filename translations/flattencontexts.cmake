# Writes catalog IN to OUT with every context name emptied, so lrelease makes a catalog keyed by
# source text alone (core/translations.cpp falls back to it when the code asks under another
# context than lupdate filed a string under). Duplicates are expected and dropped by lrelease.
file(READ ${IN} text)
string(REGEX REPLACE "<context>([ \t\r\n]*)<name>[^<]*</name>" "<context>\\1<name></name>" text "${text}")
file(WRITE ${OUT} "${text}")
