@echo off
rem GreenOps Workbench launcher: `greenops` opens the window; `greenops SUBCOMMAND ...` runs headless. Needs Java 25+.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
rem JavaFX from the module path (its supported configuration, docs/adr/0402); everything else from the classpath
"%JAVA%" %GREENOPS_JAVA_OPTS% -Xss2m --enable-native-access=ALL-UNNAMED,javafx.graphics --sun-misc-unsafe-memory-access=allow --module-path "%APP_HOME%\lib\javafx" --add-modules javafx.controls,javafx.swing -Dgreenops.home="%APP_HOME%" -cp "%APP_HOME%\lib\*" dev.greenops.app.Launcher %*
exit /b %ERRORLEVEL%
