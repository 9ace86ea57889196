//! The `baocao` command: parses arguments, calls the library, prints, and
//! exits with 0 (done), 1 (errors in the site's files) or 2 (usage or I/O).

mod allocator;
mod progress;

use std::collections::BTreeMap;

use std::io::{self, Write};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use baocao::diagnostics::Diagnostic;
use baocao::model::Day;
use baocao::{BuildError, BuildOptions, BuildReport};
use progress::{Mode, Progress};

/// baocao turns indicator data (YAML) and commentary (Markdown) into a static
/// report site about administrative reform.
#[derive(Parser)]
#[command(name = "baocao", version, about, long_about = None)]
#[command(after_help = format!(
    "Exit codes: 0 success, 1 errors in the site's files, 2 usage or input/output errors, 130 interrupted.\n\n{}",
    baocao::guide::help()
))]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Which site, and what of it to build: shared by build, check and serve.
#[derive(clap::Args, Clone)]
struct SourceArgs {
    /// The site folder, the one that holds `content/`
    #[arg(long, value_name = "DIR", default_value = ".")]
    site: PathBuf,
    /// Also build pages marked `draft: true`
    #[arg(long)]
    drafts: bool,
    /// Judge deadlines and statuses as on this day instead of today (YYYY-MM-DD), for reproducible builds
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    today: Option<Day>,
}

impl SourceArgs {
    fn options(&self) -> BuildOptions {
        let mut o = BuildOptions::new(&self.site);
        o.drafts = self.drafts;
        o.today = self.today;
        o
    }
}

#[derive(clap::Args, Clone)]
struct SiteArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// Use this address instead of `base_url` from content/site.yaml (e.g. https://org.github.io/cchc/)
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// How to print errors: text for people, json for programs, github for GitHub Actions annotations [default: github when GITHUB_ACTIONS=true, else text]
    #[arg(long, value_name = "FORMAT")]
    format: Option<Format>,
    /// Print nothing but errors
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder. The previous output stays untouched unless the whole build succeeds.
    #[command(after_help = baocao::guide::see(baocao::guide::PUBLISHING))]
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site [default: <site>/output]. baocao refuses a folder it did not create that is not empty.
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
        /// List every file written, and the time of each step
        #[arg(long, short, conflicts_with = "quiet")]
        verbose: bool,
        /// The data/indicators.json of an earlier build, to list in the CI job summary the indicators whose status changed [default: the one in the output folder]
        #[arg(long, value_name = "FILE")]
        previous_statuses: Option<PathBuf>,
    },
    /// Check the site as a build would, and its internal links (pages, files, #anchors), writing nothing. Exits 1 and lists every error if there are any.
    #[command(after_help = baocao::guide::see(baocao::guide::PUBLISHING))]
    Check {
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Preview the site: build it into memory, serve it, rebuild and reload the browser when content/ or themes/ change.
    #[command(after_help = baocao::guide::see(baocao::guide::WRITING))]
    Serve {
        #[command(flatten)]
        source: SourceArgs,
        /// The port to listen on (0: any free port)
        #[arg(long, short, value_name = "N", default_value_t = 1111)]
        port: u16,
        /// The address to listen on (0.0.0.0 to be reachable from other computers)
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Serve under this address instead of http://ADDR:PORT/ (to preview a base path such as /cchc/)
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Print nothing but errors
        #[arg(long, short)]
        quiet: bool,
    },
    /// Start a new site, or a new news page
    #[command(after_help = baocao::guide::see(baocao::guide::GETTING_STARTED))]
    New {
        #[command(subcommand)]
        what: NewCommand,
    },
    /// Explain an error code (E0104): what the error means, an example, the fix. Without a code, list them all
    #[command(after_help = baocao::guide::see(baocao::guide::ERRORS))]
    Explain {
        /// The code printed with the error, e.g. E0104
        code: Option<String>,
    },
}

#[derive(Subcommand)]
enum NewCommand {
    /// Write a small site that builds at once (settings, one indicator, one agency, one news page) into DIR, which must be new or empty
    #[command(after_help = baocao::guide::see(baocao::guide::GETTING_STARTED))]
    Site {
        /// The folder to create
        dir: PathBuf,
        /// Date the example content as on this day (YYYY-MM-DD)
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        today: Option<Day>,
    },
    /// Write content/news/<slug>.md for a new article, as a draft; never overwrites a file
    #[command(after_help = baocao::guide::see(baocao::guide::WRITING))]
    Post {
        /// The article's title, e.g. "Tiêu đề bài viết" (gives tieu-de-bai-viet.md)
        title: String,
        /// The site folder, the one that holds `content/`
        #[arg(long, value_name = "DIR", default_value = ".")]
        site: PathBuf,
        /// Date the article on this day (YYYY-MM-DD) instead of now
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        today: Option<Day>,
    },
}

fn parse_day(s: &str) -> Result<Day, String> {
    Day::parse(s)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            site,
            output,
            verbose,
            previous_statuses,
        } => {
            allocator::keep_freed_memory();
            build_or_check(site, output, true, verbose, previous_statuses)
        }
        Command::Check { site } => {
            allocator::keep_freed_memory();
            build_or_check(site, None, false, false, None)
        }
        Command::Serve {
            source,
            port,
            bind,
            base_url,
            quiet,
        } => {
            let mut build = source.options();
            build.base_url = base_url;
            let opts = baocao::serve::ServeOptions {
                build,
                bind,
                port,
                quiet,
            };
            match baocao::serve::serve(opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::New { what } => new(what),
        Command::Explain { code } => explain(code.as_deref()),
    }
}

fn explain(code: Option<&str>) -> ExitCode {
    use baocao::diagnostics::{Code, codes};
    let Some(code) = code else {
        for c in Code::ALL {
            println!("{c}  {} · {}", c.title(0), c.title(1));
        }
        println!(
            "\n`baocao explain CODE` explains one; all of them: {}",
            baocao::guide::url(baocao::guide::ERRORS[0])
        );
        return ExitCode::SUCCESS;
    };
    match Code::parse(code) {
        Some(c) => {
            print!("{}", codes::explain(c));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "error: no error has the code `{}`; `baocao explain` lists them all",
                baocao::diagnostics::printable(code)
            );
            ExitCode::from(2)
        }
    }
}

fn new(what: NewCommand) -> ExitCode {
    match what {
        NewCommand::Site { dir, today } => match baocao::new::new_site(&dir, today) {
            Ok(files) => {
                for f in &files {
                    eprintln!("  wrote {}", dir.join(f).display());
                }
                eprintln!(
                    "\nA new site is in {d}. Next:\n  baocao serve --site {d}    # preview it at http://127.0.0.1:1111/\n  baocao build --site {d}    # write it into {d}/output/",
                    d = dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        },
        NewCommand::Post { title, site, today } => {
            match baocao::new::new_post(&site, &title, today) {
                Ok(path) => {
                    println!("{}", path.display());
                    eprintln!(
                        "Wrote {} (a draft: `baocao serve --drafts` shows it; set `draft: false` to publish it)",
                        path.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn build_or_check(
    args: SiteArgs,
    output: Option<PathBuf>,
    write: bool,
    verbose: bool,
    previous_statuses: Option<PathBuf>,
) -> ExitCode {
    let opts = BuildOptions {
        output,
        base_url: args.base_url.clone(),
        write,
        exits_after: true,
        ..args.source.options()
    };
    let format = args.format.unwrap_or_else(|| {
        if std::env::var("GITHUB_ACTIONS").as_deref() == Ok("true") {
            Format::Github
        } else {
            Format::Text
        }
    });
    let started = Instant::now();
    let out_dir = opts.output_dir();
    let progress = Progress::start(
        Mode::detect(args.quiet),
        verbose,
        format!("{}/", out_dir.display()),
        if write { "building" } else { "checking" },
    );

    let summary_file = std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|s| write && !s.is_empty())
        .map(PathBuf::from);
    let previous = summary_file.as_ref().map(|_| {
        read_statuses(&previous_statuses.unwrap_or_else(|| out_dir.join("data/indicators.json")))
    });

    let result = if write {
        stop_cleanly_on_signals();
        baocao::build_observed(&opts, &|rel| progress.file(rel)).map(|r| (r, None))
    } else {
        baocao::check::check_with(&opts, &|rel| progress.file(rel))
            .map(|c| (c.build, Some(c.links)))
    };
    progress.finish();
    let ms = started.elapsed().as_millis();

    if let Some(file) = &summary_file {
        let text = job_summary(&result, ms, &out_dir, previous.flatten().as_ref());
        if let Err(e) = append(file, &text) {
            eprintln!(
                "warning: cannot write the job summary to {}: {e}",
                file.display()
            );
        }
    }

    match result {
        Ok((report, links)) => {
            if !progress.quiet() {
                print_done(&report, links, ms, &out_dir, verbose);
            }
            if format == Format::Json && !write {
                println!("{}", serde_json::json!({"errors": []}));
            }
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(errors)) => {
            print_errors(&errors, format);
            ExitCode::from(1)
        }
        Err(e @ (BuildError::Io(_) | BuildError::Output(_))) => {
            eprintln!("error: {}", baocao::diagnostics::printable(&e.to_string()));
            ExitCode::from(2)
        }
        Err(BuildError::Interrupted) => {
            eprintln!(
                "Interrupted: the build stopped and {} was left as it was.",
                out_dir.display()
            );
            ExitCode::from(130)
        }
    }
}

/// The Markdown a build appends to `$GITHUB_STEP_SUMMARY`, whatever its
/// outcome.
fn job_summary(
    result: &Result<(BuildReport, Option<usize>), BuildError>,
    ms: u128,
    out_dir: &Path,
    previous: Option<&Statuses>,
) -> String {
    match result {
        Ok((report, _)) => {
            let now = read_statuses(&out_dir.join("data/indicators.json"));
            summary(report, ms, previous, now.as_ref())
        }
        Err(BuildError::Content(es)) => format!(
            "### baocao build failed\n\n{} error{} in the site's files; nothing was published. See the annotations.\n\n",
            es.len(),
            if es.len() == 1 { "" } else { "s" }
        ),
        Err(e @ (BuildError::Io(_) | BuildError::Output(_))) => {
            format!("### baocao build failed\n\n{e}\n\n")
        }
        Err(BuildError::Interrupted) => {
            "### baocao build interrupted\n\nThe previous output was left as it was.\n\n"
                .to_string()
        }
    }
}

/// The line a build or check that succeeded ends with; `links` is set for
/// a check.
fn print_done(report: &BuildReport, links: Option<usize>, ms: u128, out_dir: &Path, verbose: bool) {
    match links {
        None if report.skipped => eprintln!(
            "Nothing changed since the last build into {}: kept it as it is ({ms} ms)",
            out_dir.display()
        ),
        None => {
            let unchanged = if report.unchanged > 0 {
                format!(", {} unchanged", report.unchanged)
            } else {
                String::new()
            };
            let photos = match report.photos {
                c if c.photos == 0 => String::new(),
                c => format!("; {} photos, {} resized", c.photos, c.resized),
            };
            eprintln!(
                "Built {} pages ({} files{unchanged}; {} indicators, {} agencies{photos}) into {} in {ms} ms",
                report.pages,
                report.files,
                report.indicators,
                report.agencies,
                out_dir.display(),
            );
        }
        Some(links) => eprintln!(
            "No errors: {} pages, {} indicators, {} agencies and {links} internal links checked in {ms} ms",
            report.pages, report.indicators, report.agencies,
        ),
    }
    if verbose {
        let steps: Vec<String> = report
            .timings
            .iter()
            .map(|(name, d)| format!("{name} {} ms", d.as_millis()))
            .collect();
        eprintln!("  {}", steps.join(", "));
    }
}

/// SIGINT and SIGTERM stop a build cleanly: the staging folder is removed
/// and the previous output stays. A second signal stops at once (the next
/// build cleans up what is left).
fn stop_cleanly_on_signals() {
    let _ = ctrlc::set_handler(|| {
        static SEEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        // Nothing staged yet (still reading the site): nothing to undo.
        if SEEN.swap(true, std::sync::atomic::Ordering::SeqCst) || !baocao::output::interrupt() {
            std::process::exit(130);
        }
    });
}

/// Indicator id → (name, status) from a build's `data/indicators.json`;
/// `None` when it is absent or unreadable.
fn read_statuses(path: &Path) -> Option<BTreeMap<String, (String, Option<String>)>> {
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    let list = v.get("indicators")?.as_array()?;
    Some(
        list.iter()
            .filter_map(|i| {
                let id = i.get("id")?.as_str()?.to_string();
                let name = i
                    .get("name")
                    .and_then(|n| n.as_str())
                    .unwrap_or(&id)
                    .to_string();
                let status = i.get("status").and_then(|s| s.as_str()).map(str::to_string);
                Some((id, (name, status)))
            })
            .collect(),
    )
}

type Statuses = BTreeMap<String, (String, Option<String>)>;

/// The Markdown appended to `$GITHUB_STEP_SUMMARY` after a build.
fn summary(
    report: &BuildReport,
    ms: u128,
    before: Option<&Statuses>,
    now: Option<&Statuses>,
) -> String {
    if report.skipped {
        return format!(
            "### baocao build\n\nNothing changed since the previous build: the output was kept as it is ({ms} ms).\n\n"
        );
    }
    let mut s = format!(
        "### baocao build\n\n| | |\n| --- | --- |\n| Pages | {} |\n| Files | {} ({} unchanged) |\n| Indicators | {} |\n| Agencies | {} |\n| Time | {ms} ms |\n\n",
        report.pages, report.files, report.unchanged, report.indicators, report.agencies
    );
    let show = |st: &Option<String>| {
        st.as_deref()
            .map(|x| format!("`{x}`"))
            .unwrap_or_else(|| "–".into())
    };
    match (before, now) {
        (Some(before), Some(now)) => {
            let mut rows = Vec::new();
            for (id, (name, st)) in now {
                match before.get(id) {
                    Some((_, old)) if old != st => rows.push(format!(
                        "| {} (`{id}`) | {} | {} |",
                        md_cell(name),
                        show(old),
                        show(st)
                    )),
                    Some(_) => {}
                    None => rows.push(format!(
                        "| {} (`{id}`) | new | {} |",
                        md_cell(name),
                        show(st)
                    )),
                }
            }
            for (id, (name, old)) in before {
                if !now.contains_key(id) {
                    rows.push(format!(
                        "| {} (`{id}`) | {} | removed |",
                        md_cell(name),
                        show(old)
                    ));
                }
            }
            if rows.is_empty() {
                s.push_str("No indicator changed status since the previous build.\n\n");
            } else {
                s.push_str("**Indicators whose status changed since the previous build**\n\n| Indicator | Before | Now |\n| --- | --- | --- |\n");
                for r in rows {
                    s.push_str(&r);
                    s.push('\n');
                }
                s.push('\n');
            }
        }
        (None, Some(_)) => s.push_str(
            "No previous `data/indicators.json` in the output folder to compare statuses with.\n\n",
        ),
        _ => {}
    }
    s
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn append(path: &Path, text: &str) -> io::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    f.write_all(text.as_bytes())
}

/// How errors are printed (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// For programs: `{"errors": [...]}` on standard output.
    Json,
    /// GitHub Actions annotations.
    Github,
}

fn print_errors(errors: &[Diagnostic], format: Format) {
    match format {
        Format::Json => {
            let v: Vec<_> = errors.iter().map(Diagnostic::to_json).collect();
            println!("{}", serde_json::json!({ "errors": v }));
        }
        Format::Github => {
            for e in errors {
                println!("{}", e.github_annotation());
            }
        }
        Format::Text => {
            for e in errors {
                eprintln!("{e}\n");
            }
        }
    }
    eprintln!(
        "{} error{} found; nothing was written.",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
}
