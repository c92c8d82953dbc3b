# factcheck serve as a container: a static binary on distroless, running as non-root.
#   docker build -t factcheck --build-arg VERSION=$(git describe --tags --always) .
#   docker run --rm -p 8080:8080 factcheck
# See docs/deploy.md.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
# CGO off: a static binary that needs no libc in the runtime image.
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath \
      -ldflags "-s -w -X main.buildVersion=${VERSION}" \
      -o /out/factcheck ./cmd/factcheck

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/factcheck /usr/local/bin/factcheck
# nonroot is uid 65532; the image has no shell, package manager or writable home to rely on.
USER 65532:65532
EXPOSE 8080
# The policies, data and config defaults are embedded; a config file and bundles are mounted.
ENTRYPOINT ["/usr/local/bin/factcheck"]
CMD ["serve", "--addr", ":8080"]
