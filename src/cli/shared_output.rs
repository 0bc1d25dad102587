//! One output file written by every rank of a distributed run (docs/distributed.md §1).
//!
//! Rank 0 creates the file under a temporary name with all its metadata, its ensemble datasets
//! allocated as contiguous blocks ([`FileWriter::create_shared`]), and closes it. Every rank
//! then writes its own members at their byte offsets (positional writes, no HDF5 call), closes
//! the file and reports; once every rank has, rank 0 renames the file into place. A
//! failure on any rank (or a killed job) leaves nothing under the final name. The datasets'
//! values are those the serial command writes, bit for bit: members depend on their index
//! and seed only.

use std::path::Path;

use anyhow::{bail, Context, Result};
use indicatif::ProgressBar;
use sphfield::io::{ByteSlot, FileWriter, MemberWriter, Provenance, SharedFile, WriteOptions};
use sphfield::{Alm, Par};

use super::job::{job, Job};
use super::pipeline::produce_in_order;

/// The shared output file of a distributed command, open on every rank.
pub struct SharedEnsembles {
    job: Job,
    members: MemberWriter,
    slots: Vec<ByteSlot>,
    file: Option<SharedFile>,
}

/// The temporary path and the ensembles' slots as text (rank 0 → the others).
fn encode(path: &Path, slots: &[ByteSlot]) -> Vec<u8> {
    let mut text = format!("{}\n", path.display());
    for s in slots {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            s.name, s.offset, s.member_bytes, s.members
        ));
    }
    text.into_bytes()
}

fn decode(bytes: &[u8]) -> Result<(std::path::PathBuf, Vec<ByteSlot>)> {
    let text = std::str::from_utf8(bytes).context("the shared file's description")?;
    let mut lines = text.lines();
    let path = lines.next().context("the shared file's path")?.into();
    let mut slots = Vec::new();
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 4 {
            bail!("malformed slot description {line:?}");
        }
        slots.push(ByteSlot {
            name: f[0].to_string(),
            offset: f[1].parse()?,
            member_bytes: f[2].parse()?,
            members: f[3].parse()?,
        });
    }
    Ok((path, slots))
}

impl SharedEnsembles {
    /// Collective. Rank 0 creates the file at `path` and lets `describe` write its metadata
    /// and create its ensembles through the usual [`FileWriter`] calls, returning their byte
    /// slots (in the order [`SharedEnsembles::write_map`] and friends name them); then every
    /// rank opens the file for its members.
    pub fn create(
        path: &Path,
        options: WriteOptions,
        provenance: &Provenance,
        describe: impl FnOnce(&FileWriter) -> Result<Vec<ByteSlot>>,
    ) -> Result<SharedEnsembles> {
        let job = job();
        let made = if job.is_root() {
            let provenance = provenance.clone().with_parameter("mpi_ranks", job.size());
            (|| -> Result<_> {
                let writer = FileWriter::create_shared(path, options, &provenance)?;
                let slots = describe(&writer)?;
                let file = writer.close_shared()?;
                // Ranks may run in other directories of the same file system.
                let temp = std::path::absolute(file.temp_path())?;
                Ok(Some((file, slots, temp)))
            })()
        } else {
            Ok(None)
        };
        let made = job.agree(made)?;
        let mut description = match &made {
            Some((_, slots, temp)) => encode(temp, slots),
            None => Vec::new(),
        };
        job.broadcast_bytes(&mut description)?;
        let opened = decode(&description).and_then(|(temp, slots)| {
            let members = MemberWriter::open(&temp).with_context(|| {
                format!(
                    "opening the shared output {} (every rank must see the same file system)",
                    temp.display()
                )
            })?;
            Ok((members, slots))
        });
        let (members, slots) = job.agree(opened)?;
        Ok(SharedEnsembles {
            job,
            members,
            slots,
            file: made.map(|(file, _, _)| file),
        })
    }

    /// Writes member `k` of the map ensemble `slot`.
    pub fn write_map(&self, slot: usize, k: usize, values: &[f64]) -> Result<()> {
        Ok(self.members.write_map(&self.slots[slot], k, values)?)
    }

    /// Writes member `k` of the coefficient ensemble `slot`.
    pub fn write_alm(&self, slot: usize, k: usize, alm: &Alm) -> Result<()> {
        Ok(self.members.write_alm(&self.slots[slot], k, alm)?)
    }

    /// Collective. Makes this rank's share of the items `0..count` (contiguous blocks, in
    /// parallel batches on `par`, [`produce_in_order`]) and writes each with `write` (which
    /// returns how many members it wrote, for the progress bar); about 16 times per run the
    /// ranks exchange their progress (rank 0 shows the whole job's on `bar`) and learn of a
    /// failure anywhere, after which every rank stops. Returns once every rank has finished its
    /// writes, or with the first failing rank's error on every rank.
    pub fn run<T, M, W>(
        &self,
        count: usize,
        par: Par,
        bar: &ProgressBar,
        make: M,
        mut write: W,
    ) -> Result<()>
    where
        T: Send,
        M: Fn(usize, Option<T>) -> sphfield::Result<T> + Sync,
        W: FnMut(&T) -> Result<u64>,
    {
        let mine = self.job.share(count);
        // The ranks compare notes about 16 times per run (each time the faster ones wait for
        // the slowest), at least every 2 × threads items.
        let every = (2 * par.count()).max(count.div_ceil(16 * self.job.size())) as u64;
        let (mut items, mut written, mut stopped) = (0u64, 0u64, false);
        let outcome = produce_in_order(
            mine.len(),
            par,
            |i, recycled| make(mine.start + i, recycled),
            |item| {
                written += write(item)?;
                items += 1;
                if items % every == 0 {
                    let status = self.job.sync(false, false, written)?;
                    bar.set_position(status.items);
                    if let Some(rank) = status.failed {
                        stopped = true;
                        bail!("stopped: rank {rank} failed");
                    }
                }
                Ok(())
            },
        );
        if !stopped {
            loop {
                let status = self.job.sync(true, outcome.is_err(), written)?;
                bar.set_position(status.items);
                if status.all_done || status.failed.is_some() {
                    break;
                }
            }
        }
        self.job.agree(if stopped { Ok(()) } else { outcome })
    }

    /// Collective. Makes every item `0..count` on every rank, one after the other on this
    /// thread (each item's computation is itself collective, e.g. a score of a sharded
    /// prior), and writes with `write` the items of this rank's share. The ranks compare
    /// their state after each item, so a failure anywhere stops all of them at the same item.
    pub fn run_lockstep<T, M, W>(
        &self,
        count: usize,
        bar: &ProgressBar,
        mut make: M,
        mut write: W,
    ) -> Result<()>
    where
        M: FnMut(usize) -> Result<T>,
        W: FnMut(&T) -> Result<u64>,
    {
        let mine = self.job.share(count);
        let mut written = 0u64;
        let mut outcome = Ok(());
        for k in 0..count {
            outcome = make(k).and_then(|item| {
                if mine.contains(&k) {
                    written += write(&item)?;
                }
                Ok(())
            });
            let status = self.job.sync(false, outcome.is_err(), written)?;
            bar.set_position(status.items);
            if status.failed.is_some() {
                break;
            }
        }
        self.job.agree(outcome)
    }

    /// Collective. Every rank closes its handle on the file (which, on network file systems,
    /// sends its writes to the server), then rank 0 renames the file into place, once every
    /// rank's members are written ([`SharedEnsembles::run`] returned `Ok` on every rank). As
    /// for the serial writer, the data is not forced to the disk (no fsync): a finished file is
    /// as durable as any file the system has cached.
    pub fn commit(self) -> Result<()> {
        drop(self.members);
        let closed = self.job.agree(Ok(()));
        let committed = closed.and_then(|()| match self.file {
            Some(file) => file.commit().map_err(anyhow::Error::from),
            None => Ok(()),
        });
        self.job.agree(committed)
    }
}
