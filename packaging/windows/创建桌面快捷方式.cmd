@echo off
rem Creates the desktop shortcut; double-click this file once after unzipping.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0create-shortcut.ps1"
pause
