@echo off
rem GreenOps Workbench launcher: `greenops` opens the window; `greenops SUBCOMMAND ...` runs headless. Needs Java 25+.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %GREENOPS_JAVA_OPTS% --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dgreenops.home="%APP_HOME%" -cp "%APP_HOME%\lib\*" dev.greenops.app.Launcher %*
exit /b %ERRORLEVEL%
