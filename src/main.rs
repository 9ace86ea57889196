//! The `baocao` command: parses arguments, calls the library, prints, and
//! exits with 0 (done), 1 (errors in the site's files) or 2 (usage or I/O).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use baocao::diagnostics::Diagnostic;
use baocao::model::Day;
use baocao::{BuildError, BuildOptions};

/// baocao turns indicator data (YAML) and commentary (Markdown) into a static
/// report site about administrative reform.
#[derive(Parser)]
#[command(name = "baocao", version, about, long_about = None)]
#[command(
    after_help = "Exit codes: 0 success, 1 errors in the site's files, 2 usage or input/output errors."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct SiteArgs {
    /// The site folder, the one that holds `content/` [default: the current folder]
    #[arg(long, value_name = "DIR", default_value = ".")]
    site: PathBuf,
    /// Use this address instead of `base_url` from content/site.yaml (e.g. https://org.github.io/cchc/)
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Also build pages marked `draft: true`
    #[arg(long)]
    drafts: bool,
    /// Judge deadlines and statuses as on this day instead of today (YYYY-MM-DD), for reproducible builds
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    today: Option<Day>,
    /// How to print errors: text for people, json for programs, github for GitHub Actions annotations [default: github when GITHUB_ACTIONS=true, else text]
    #[arg(long, value_name = "FORMAT", value_parser = ["text", "json", "github"])]
    format: Option<String>,
    /// Print nothing but errors
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder. The previous output stays untouched unless the whole build succeeds.
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the site [default: <site>/output]. baocao refuses a folder it did not create that is not empty.
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// Check the site as a build would, and write nothing. Exits 1 and lists every error if there are any.
    Check {
        #[command(flatten)]
        site: SiteArgs,
    },
}

fn parse_day(s: &str) -> Result<Day, String> {
    Day::parse(s)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (args, output, write) = match cli.command {
        Command::Build { site, output } => (site, output, true),
        Command::Check { site } => (site, None, false),
    };
    let opts = BuildOptions {
        site: args.site.clone(),
        output,
        base_url: args.base_url.clone(),
        drafts: args.drafts,
        today: args.today,
        write,
    };
    let format = args.format.clone().unwrap_or_else(|| {
        if std::env::var("GITHUB_ACTIONS").as_deref() == Ok("true") {
            "github".into()
        } else {
            "text".into()
        }
    });
    let started = Instant::now();
    match baocao::build(&opts) {
        Ok(report) => {
            if !args.quiet {
                if write {
                    eprintln!(
                        "Built {} pages ({} files; {} indicators, {} agencies) into {} in {} ms",
                        report.pages,
                        report.files,
                        report.indicators,
                        report.agencies,
                        opts.output_dir().display(),
                        started.elapsed().as_millis()
                    );
                } else {
                    eprintln!(
                        "No errors: {} pages, {} indicators, {} agencies checked in {} ms",
                        report.pages,
                        report.indicators,
                        report.agencies,
                        started.elapsed().as_millis()
                    );
                }
            }
            if format == "json" && !write {
                println!("{}", serde_json::json!({"errors": []}));
            }
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(errors)) => {
            print_errors(&errors, &format);
            ExitCode::from(1)
        }
        Err(BuildError::Io(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn print_errors(errors: &[Diagnostic], format: &str) {
    match format {
        "json" => {
            let v: Vec<_> = errors.iter().map(Diagnostic::to_json).collect();
            println!("{}", serde_json::json!({ "errors": v }));
        }
        "github" => {
            for e in errors {
                println!("{}", e.github_annotation());
            }
        }
        _ => {
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
