# Builds the Windows installer (an .msi that installs Monitoring Advisor with its own Java runtime) on Windows, with
# the same jlink and jpackage options as the Linux app (src/packaging/*.options). NOT BUILT OR TESTED by this
# project, which builds and tests on Linux only: try it on Windows before sharing what it makes.
#
#   powershell -ExecutionPolicy Bypass -File scripts\installer-windows.ps1 [-Jdk C:\path\to\jdk-25]
#
# Needs a JDK of 25 or later (default: JAVA_HOME), Maven, and the WiX Toolset that jpackage uses to make an .msi.
# Makes target\dist\monitoring-advisor-VERSION.msi; the command runs in a console window (--win-console). Unlike
# the Linux app it has no start-up cache and one set of Java options for every command (src/packaging/jpackage.options).
param([string]$Jdk = $env:JAVA_HOME)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not $Jdk) { throw "give a JDK of 25 or later with -Jdk, or set JAVA_HOME" }
$version = ([xml](Get-Content pom.xml)).project.version

mvn -B -q package -DskipTests -Dapp.image.skip
if ($LASTEXITCODE -ne 0) { throw "the build failed" }
$work = Join-Path ([System.IO.Path]::GetTempPath()) ("monitoring-advisor-" + [guid]::NewGuid())
New-Item -ItemType Directory -Force -Path "$work\input", "target\dist" | Out-Null
Copy-Item target\monitoring-advisor.jar "$work\input\"
try {
    $modules = & "$Jdk\bin\jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 target\monitoring-advisor.jar
    & "$Jdk\bin\jlink" "@src\packaging\jlink.options" --add-modules $modules --output "$work\runtime"
    if ($LASTEXITCODE -ne 0) { throw "jlink failed" }
    & "$Jdk\bin\jpackage" --type msi "@src\packaging\jpackage.options" --app-version $version `
        --input "$work\input" --runtime-image "$work\runtime" --java-options -Djava.awt.headless=true `
        --win-console --win-dir-chooser --win-menu --license-file LICENSE --dest target\dist
    if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
    Get-ChildItem target\dist\*.msi
} finally {
    Remove-Item -Recurse -Force $work
}
