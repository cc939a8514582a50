# Windows build of Recourse: one command from the repository root, in PowerShell:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Sign]
# Needs: Python 3.11 (python.org, on PATH as `py -3.11`), Inno Setup 6 (iscc on PATH);
# for -Sign, signtool (Windows SDK) and a code-signing certificate in the user's store.
# Output: dist\recourse\ (the bundle) and dist\recourse-<version>-setup.exe (the installer).
param([switch]$Sign)
$ErrorActionPreference = "Stop"
# A native program that fails does not stop a script under "Stop" (before PowerShell 7.4): check each one.
function Invoke-Checked {
    $exe, $rest = $args
    & $exe @rest
    if ($LASTEXITCODE -ne 0) { throw "$exe $($rest -join ' ') failed (exit code $LASTEXITCODE)" }
}
Set-Location (Join-Path $PSScriptRoot "..\..")
$version = (Select-String -Path app\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value

if (-not (Test-Path .venv)) { Invoke-Checked py -3.11 -m venv .venv }
Invoke-Checked .venv\Scripts\python -m pip install --quiet --upgrade pip
Invoke-Checked .venv\Scripts\python -m pip install --quiet --require-hashes -r requirements.lock
Invoke-Checked .venv\Scripts\python -m pip install --quiet --no-deps -e .
Invoke-Checked .venv\Scripts\python -m pip install --quiet "pyinstaller==6.22.3"

# interface catalogues (.ts -> .qm) and the icon (.ico from the PNGs rendered from the SVG)
Get-ChildItem translations\recourse_*.ts | ForEach-Object {
    Invoke-Checked .venv\Scripts\pyside6-lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
Invoke-Checked .venv\Scripts\python -c "from PIL import Image; Image.open('resources/icons/recourse-256.png').save('packaging/windows/recourse.ico', sizes=[(16,16),(24,24),(32,32),(48,48),(64,64),(128,128),(256,256)])"

Invoke-Checked .venv\Scripts\pyinstaller packaging\recourse.spec --noconfirm
Invoke-Checked dist\recourse\recourse-cli.exe --version

if ($Sign) {
    $ts = "http://timestamp.digicert.com"
    Invoke-Checked signtool sign /fd sha256 /tr $ts /td sha256 /a dist\recourse\recourse.exe dist\recourse\recourse-cli.exe
    Invoke-Checked iscc /DVersion=$version /DSignTool "/Ssigntool=signtool sign /fd sha256 /tr $ts /td sha256 /a `$f" packaging\windows\recourse.iss
} else {
    Invoke-Checked iscc /DVersion=$version packaging\windows\recourse.iss
}
Write-Host "dist\recourse-$version-setup.exe"
