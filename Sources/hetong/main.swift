// hetong: Chinese contracts (PDF, DOCX, TXT) → structured, validated JSON.
// Every command's errors reach the exit code through `ExitStatus` (the one mapping).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

signal(SIGPIPE, SIG_IGN)
exit(ExitStatus.run(Hetong.self))
