# Puts a desktop shortcut "DisputeKit 卡盟维权助手" to disputekit.exe in this folder.
# Saved as UTF-8 with a byte-order mark so Windows PowerShell 5.1 reads the Chinese name.
$ErrorActionPreference = "Stop"
$folder = Split-Path -Parent $MyInvocation.MyCommand.Path
$target = Join-Path $folder "disputekit.exe"
if (-not (Test-Path $target)) { throw "disputekit.exe not found in $folder" }
$desktop = [Environment]::GetFolderPath("Desktop")
$link = Join-Path $desktop "DisputeKit 卡盟维权助手.lnk"
$shell = New-Object -ComObject WScript.Shell
$shortcut = $shell.CreateShortcut($link)
$shortcut.TargetPath = $target
$shortcut.WorkingDirectory = $folder
$shortcut.IconLocation = "$target,0"
$shortcut.Description = "DisputeKit 卡盟维权助手"
$shortcut.Save()
Write-Output "Created: $link"
