# syntax=docker/dockerfile:1
# Build: docker build -t painpalbot .
# Run:   docker run -e Discord__Token=... -v painpal-data:/data painpalbot
#
# The image holds one Native AOT executable (no JIT): it idles at about half the memory of `dotnet PainPalBot.dll`.
# x64 as written; for arm64 change linux-x64 to linux-arm64 in both commands below.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The native compiler links with the system toolchain.
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first so the package layer is cached while code changes.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/PainPalBot/PainPalBot.csproj src/PainPalBot/
COPY src/PainPalBot.Modules/PainPalBot.Modules.csproj src/PainPalBot.Modules/
COPY src/PainPalBot.Discord/PainPalBot.Discord.csproj src/PainPalBot.Discord/
COPY src/PainPalBot.Sandbox/PainPalBot.Sandbox.csproj src/PainPalBot.Sandbox/
COPY src/PainPalBot.FakeDiscord/PainPalBot.FakeDiscord.csproj src/PainPalBot.FakeDiscord/
RUN dotnet restore src/PainPalBot/PainPalBot.csproj -r linux-x64 -p:PublishAot=true
COPY src/ src/
COPY config/ config/
RUN dotnet publish src/PainPalBot/PainPalBot.csproj -c Release -r linux-x64 -p:PublishAot=true --no-restore -o /app \
 && rm -f /app/*.dbg /app/*.pdb /app/*.xml

# Only what a native executable needs; no .NET runtime.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
# Fonts for the history chart (ScottPlot renders text with them); time zone data for reminders.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-dejavu-core tzdata \
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
ENTRYPOINT ["./PainPalBot"]
