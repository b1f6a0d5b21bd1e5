//! The `vnkg` command: parse arguments, run, print errors as one line.

use std::process::ExitCode;

/// Extraction allocates many small strings and lists per sentence; mimalloc
/// serves them in a fraction of the system allocator's time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A bug must still read as one line, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("vnkg: internal error (please report it): {info}");
    }));
    let cli = match vnkg::cli::parse() {
        Ok(cli) => cli,
        Err(message) => {
            eprintln!("vnkg: {message}");
            return ExitCode::from(2);
        }
    };
    match vnkg::cli::run(cli) {
        Ok(code) => code,
        // `vnkg export | head`: the reader left; not an error.
        Err(vnkg::Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            // One line, whatever the message holds.
            eprintln!("vnkg: {}", e.to_string().replace('\n', " "));
            ExitCode::from(if matches!(e, vnkg::Error::Usage(_)) {
                2
            } else {
                1
            })
        }
    }
}
