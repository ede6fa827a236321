@echo off
rem Runs Monitoring Advisor on Windows from the jar the build made (target\monitoring-advisor.jar), with the Java
rem named by JAVA_HOME or else the java on the PATH (Java 17 or later). Same commands and options as
rem "java -jar target\monitoring-advisor.jar". Not tested here: the project is built and tested on Linux.
setlocal
set "jar=%~dp0..\target\monitoring-advisor.jar"
if not exist "%jar%" (
    echo monitoring-advisor: %jar% is missing; build it first with: mvn -B -q package -DskipTests -Dapp.image.skip 1>&2
    exit /b 2
)
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"

rem Short commands end before the optimising compiler pays for itself; the long-running ones keep it, with the
rem parallel collector and a capped heap so that memory stays flat however many records or requests they see.
set "options=-XX:TieredStopAtLevel=1"
if /i "%~1"=="survey" set "options=-XX:+UseParallelGC -Xmx256m"
if /i "%~1"=="serve" set "options=-XX:+UseParallelGC -Xmx256m"
if /i "%~1"=="web" set "options=-XX:+UseParallelGC -Xmx256m"

"%java%" %options% -jar "%jar%" %*
exit /b %errorlevel%
