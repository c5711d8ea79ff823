# Install Dateline under a prefix: the release binary, its man page and shell completions.
#   make install PREFIX=~/.local      (default prefix: ~/.local)
#   make uninstall PREFIX=~/.local
# The man page comes from the command definitions (swift-argument-parser's generate-manual),
# the completions from the binary itself (--generate-completion-script).

PREFIX ?= $(HOME)/.local
BINDIR := $(PREFIX)/bin
MANDIR := $(PREFIX)/share/man/man1
BASHDIR := $(PREFIX)/share/bash-completion/completions
ZSHDIR := $(PREFIX)/share/zsh/site-functions
FISHDIR := $(PREFIX)/share/fish/vendor_completions.d
RELEASE := .build/release
GENERATED := .build/install

.PHONY: install uninstall build

# The installed binary links the Swift runtime and Foundation statically (STATIC=
# links them dynamically): it starts without resolving their symbols, see DECISIONS.md.
STATIC ?= --static-swift-stdlib

build:
	swift build -c release --product dateline $(STATIC)
	swift build --product generate-manual
	rm -rf $(GENERATED) && mkdir -p $(GENERATED)
	"$$(swift build --show-bin-path)/generate-manual" $(RELEASE)/dateline --output-directory $(GENERATED)
	$(RELEASE)/dateline --generate-completion-script bash > $(GENERATED)/dateline.bash
	$(RELEASE)/dateline --generate-completion-script zsh > $(GENERATED)/_dateline
	$(RELEASE)/dateline --generate-completion-script fish > $(GENERATED)/dateline.fish

install: build
	install -D -m 755 $(RELEASE)/dateline $(BINDIR)/dateline
	install -D -m 644 $(GENERATED)/dateline.1 $(MANDIR)/dateline.1
	install -D -m 644 $(GENERATED)/dateline.bash $(BASHDIR)/dateline
	install -D -m 644 $(GENERATED)/_dateline $(ZSHDIR)/_dateline
	install -D -m 644 $(GENERATED)/dateline.fish $(FISHDIR)/dateline.fish

uninstall:
	rm -f $(BINDIR)/dateline $(MANDIR)/dateline.1 $(BASHDIR)/dateline $(ZSHDIR)/_dateline $(FISHDIR)/dateline.fish
