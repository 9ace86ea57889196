//! The floor under a build's wall time: writes a built site's files again,
//! from memory, into an empty folder, with no work between them (a folder
//! each, `create` + `write` + `close` a file each, on as many threads as
//! the build has cores). `benches/compare.sh` prints it beside `cp -r`:
//! `cp` copies inside the kernel (`copy_file_range`), a program that
//! writes what it made pays for moving every byte from its memory.
//!
//! Usage: `write_floor <built site> <new folder> [threads]`. Prints the
//! seconds the writing took (reading the files first is not counted).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

type Files = Vec<(PathBuf, Vec<u8>)>;

/// Every folder and file under `root/rel`, the files read.
fn read_tree(root: &Path, rel: &Path, dirs: &mut Vec<PathBuf>, files: &mut Files) {
    let entries = fs::read_dir(root.join(rel)).unwrap_or_else(|e| panic!("{rel:?}: {e}"));
    for e in entries {
        let e = e.expect("a folder entry");
        let r = rel.join(e.file_name());
        if e.file_type().expect("a file type").is_dir() {
            dirs.push(r.clone());
            read_tree(root, &r, dirs, files);
        } else {
            let bytes = fs::read(root.join(&r)).unwrap_or_else(|e| panic!("{r:?}: {e}"));
            files.push((r, bytes));
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, from, to, rest @ ..] = &args[..] else {
        eprintln!("usage: write_floor <built site> <new folder> [threads]");
        std::process::exit(2);
    };
    let threads: usize = rest
        .first()
        .map_or(2, |t| t.parse().expect("a number of threads"));
    let (from, to) = (Path::new(from), Path::new(to));
    let (mut dirs, mut files) = (Vec::new(), Vec::new());
    read_tree(from, Path::new(""), &mut dirs, &mut files);
    let started = Instant::now();
    fs::create_dir(to).unwrap_or_else(|e| panic!("{to:?}: {e} (it must not exist)"));
    for d in &dirs {
        fs::create_dir(to.join(d)).unwrap_or_else(|e| panic!("{d:?}: {e}"));
    }
    let chunk = files.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|s| {
        for part in files.chunks(chunk) {
            s.spawn(move || {
                for (rel, bytes) in part {
                    fs::write(to.join(rel), bytes).expect("a written file");
                }
            });
        }
    });
    println!("{:.3}", started.elapsed().as_secs_f64());
}
