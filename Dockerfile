# syntax=docker/dockerfile:1
# Build: docker build -t painpalbot .
# Run:   docker run -e Discord__Token=... -v painpal-data:/data painpalbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first so the package layer is cached while code changes.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/PainPalBot/PainPalBot.csproj src/PainPalBot/
COPY src/PainPalBot.Modules/PainPalBot.Modules.csproj src/PainPalBot.Modules/
COPY src/PainPalBot.Discord/PainPalBot.Discord.csproj src/PainPalBot.Discord/
COPY src/PainPalBot.Sandbox/PainPalBot.Sandbox.csproj src/PainPalBot.Sandbox/
COPY src/PainPalBot.FakeDiscord/PainPalBot.FakeDiscord.csproj src/PainPalBot.FakeDiscord/
RUN dotnet restore src/PainPalBot/PainPalBot.csproj
COPY src/ src/
COPY config/ config/
RUN dotnet publish src/PainPalBot/PainPalBot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# Fonts for the history chart (ScottPlot renders text with them).
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME ["/data"]
ENV Storage__Path=/data/painpal.db \
    Logging__Format=json \
    DOTNET_ENVIRONMENT=Production
# The image's built-in non-root user.
USER $APP_UID
ENTRYPOINT ["dotnet", "PainPalBot.dll"]
