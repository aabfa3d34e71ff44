#!/usr/bin/env bash
# Builds pgdeck's OCI image without any container registry: Debian 13 packages assembled by mmdebstrap into a root
# file system, pgdeck's jar added, committed by buildah. Usage:
#   deploy/image/build.sh [IMAGE_NAME] [JAR]      (defaults: localhost/pgdeck:latest, target/pgdeck.jar)
# The root file system is cached by the hash of packages.txt (PGDECK_IMAGE_CACHE, default ~/.cache/pgdeck-image),
# so only a changed package list fetches packages again. Needs root, mmdebstrap and buildah.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image=${1:-localhost/pgdeck:latest}
jar=${2:-$here/../../target/pgdeck.jar}
cache=${PGDECK_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pgdeck-image}
[[ -f $jar ]] || { echo "build.sh: no jar at $jar: run ./mvnw -DskipTests package first" >&2; exit 2; }

packages=$(grep -v '^\s*#' "$here/packages.txt" | grep . | paste -sd, -)
key=$(printf '%s\n' "$packages" "uid=10001" | sha256sum | cut -c1-16)
rootfs="$cache/rootfs-$key.tar"
mkdir -p "$cache"
if [[ ! -f $rootfs ]]; then
  rm -rf "$rootfs.partial"
  echo "build.sh: assembling the root file system from Debian 13 packages ($packages)" >&2
  # The pgdeck account (uid 10001) and its state directory are made inside, so nothing runs as root.
  mmdebstrap --variant=minbase --format=tar --include="$packages" \
    --customize-hook='chroot "$1" groupadd --gid 10001 pgdeck' \
    --customize-hook='chroot "$1" useradd --uid 10001 --gid 10001 --home-dir /var/lib/pgdeck --no-create-home --shell /usr/sbin/nologin pgdeck' \
    --customize-hook='mkdir -p "$1/var/lib/pgdeck" "$1/opt/pgdeck" && chown 10001:10001 "$1/var/lib/pgdeck" && chmod 0700 "$1/var/lib/pgdeck"' \
    --customize-hook='rm -rf "$1/var/cache/apt/archives"/*.deb "$1/var/lib/apt/lists"/*' \
    trixie "$rootfs.partial"
  mv "$rootfs.partial" "$rootfs"
fi

container=$(buildah from scratch)
trap 'buildah rm "$container" >/dev/null 2>&1 || true' EXIT
buildah add --quiet "$container" "$rootfs" / >/dev/null
buildah copy --quiet --chown 0:0 --chmod 0444 "$container" "$jar" /opt/pgdeck/pgdeck.jar >/dev/null
buildah config \
  --user 10001:10001 \
  --workingdir /var/lib/pgdeck \
  --env PGDECK_STATE_DIR=/var/lib/pgdeck \
  --env JAVA_TOOL_OPTIONS="-XX:+ExitOnOutOfMemoryError -XX:MaxRAMPercentage=75" \
  --port 8080 \
  --volume /var/lib/pgdeck \
  --volume /tmp \
  --entrypoint '["java", "-jar", "/opt/pgdeck/pgdeck.jar"]' \
  --label org.opencontainers.image.title=pgdeck \
  --label org.opencontainers.image.description="A web console for one PostgreSQL server" \
  "$container"
buildah commit --quiet --format oci "$container" "$image" >/dev/null
echo "$image"
