/*!
Graphviz DOT for a graph: escaped labels, a shape and colour per kind,
clusters for an organization and its sub-organizations, a legend, notes of
what was cut; and DOT rendered as SVG or PNG by Graphviz's `dot` program.

Uses: `views::graph::build`, `views::graph::text`.
*/

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use petgraph::graph::{EdgeIndex, NodeIndex};

use super::build::{Kg, Kind, Rel};
use super::text::{one_line, quote, wrap};
use crate::error::{Error, Result};
use crate::model::Status;

/// Renders DOT as `svg` or `png` (also `pdf`; `dot` returns the DOT itself)
/// with Graphviz's `dot` program.
pub fn render(dot: &str, format: &str) -> Result<Vec<u8>> {
    render_with("dot", dot, format)
}

pub(super) fn render_with(program: &str, dot: &str, format: &str) -> Result<Vec<u8>> {
    let format = format.trim().to_ascii_lowercase();
    match format.as_str() {
        "dot" | "gv" => return Ok(dot.as_bytes().to_vec()),
        "svg" | "png" | "pdf" => {}
        _ => {
            return Err(Error::Usage(format!(
                "unknown graph format {:?} (expected dot, svg or png)",
                format
            )))
        }
    }
    let mut child = match Command::new(program)
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Data(format!(
                "rendering {format} needs Graphviz's `{program}` program, which is not installed: \
                 install Graphviz (`apt-get install graphviz` on Debian/Ubuntu, \
                 `brew install graphviz` on macOS, https://graphviz.org/download/ elsewhere) \
                 or write DOT with --format dot"
            )))
        }
        Err(e) => return Err(Error::Data(format!("cannot run `{program}`: {e}"))),
    };
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = dot.as_bytes().to_vec();
    // Write from another thread: `dot` may fill its stdout pipe before it
    // has read all of its input.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|e| Error::Data(format!("cannot run `{program}`: {e}")))?;
    let written = writer.join().unwrap_or(Ok(()));
    if !output.status.success() {
        return Err(Error::Data(format!(
            "`{program} -T{format}` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    written.map_err(|e| Error::Data(format!("cannot write to `{program}`: {e}")))?;
    Ok(output.stdout)
}

impl Kg {
    /// Writes DOT for the given nodes and edges.
    pub(super) fn emit(
        &self,
        nodes: &[NodeIndex],
        edges: &[EdgeIndex],
        focus: Option<NodeIndex>,
        title: &[String],
        notes: &[String],
    ) -> String {
        let mut nodes = nodes.to_vec();
        nodes.sort();
        let id: HashMap<NodeIndex, usize> =
            nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let mut edges = edges.to_vec();
        edges.sort_by_key(|&e| {
            let (a, b) = self.g.edge_endpoints(e).expect("edge exists");
            (id[&a], id[&b], self.g[e].rel, self.g[e].label.clone())
        });

        let mut out = String::new();
        out.push_str("// vnkg relationship graph. Render: dot -Tsvg graph.dot -o graph.svg\n");
        for note in notes {
            let _ = writeln!(out, "// {}", one_line(note).replacen(", ", ": ", 1));
        }
        out.push_str("digraph vnkg {\n");
        let count = |n: usize, what: &str| match n {
            1 => format!("1 {what}"),
            n => format!("{n} {what}s"),
        };
        let mut header = format!(
            "{}, {}",
            count(nodes.len(), "node"),
            count(edges.len(), "edge")
        );
        if !title.is_empty() {
            header = format!("{} · {header}", title.join(" · "));
        }
        let _ = writeln!(
            out,
            "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"{FONT}\", fontsize=12, \
             labelloc=t, label={}, nodesep=0.25, ranksep=0.5];",
            quote(&header)
        );
        let _ = writeln!(out, "  node [fontname=\"{FONT}\", fontsize=11];");
        let _ = writeln!(
            out,
            "  edge [fontname=\"{FONT}\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];"
        );

        // Clusters: each organization with its sub-organizations. An
        // organization with several shown parents goes in the first one
        // that makes no cycle.
        let mut cluster_parent: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        for &e in &edges {
            if self.g[e].rel != Rel::SubOrg {
                continue;
            }
            let (child, parent) = self.g.edge_endpoints(e).expect("edge exists");
            if cluster_parent.contains_key(&child) {
                continue;
            }
            let mut up = Some(parent);
            let mut cycle = false;
            while let Some(p) = up {
                if p == child {
                    cycle = true;
                    break;
                }
                up = cluster_parent.get(&p).copied();
            }
            if !cycle {
                cluster_parent.insert(child, parent);
            }
        }
        let mut children: BTreeMap<usize, Vec<NodeIndex>> = BTreeMap::new();
        for (child, parent) in &cluster_parent {
            children.entry(id[parent]).or_default().push(*child);
        }
        for list in children.values_mut() {
            list.sort_by_key(|n| id[n]);
        }
        for &n in &nodes {
            if !cluster_parent.contains_key(&n) {
                if children.contains_key(&id[&n]) {
                    self.write_cluster(&mut out, n, &id, &children, focus, 1);
                } else {
                    self.write_node(&mut out, n, &id, focus, 1);
                }
            }
        }
        for &e in &edges {
            let (a, b) = self.g.edge_endpoints(e).expect("edge exists");
            let edge = &self.g[e];
            let style = match (edge.rel, edge.status) {
                (Rel::Membership, Some(Status::Starts)) => ", color=\"#1d4ed8\", penwidth=2",
                (Rel::Membership, Some(Status::Former)) => ", color=\"#1d4ed8\", style=dashed",
                (Rel::Membership, Some(Status::Ends)) => ", color=\"#1d4ed8\", style=dotted",
                (Rel::Membership, _) => ", color=\"#1d4ed8\"",
                (Rel::PostIn, _) => ", color=\"#6d28d9\"",
                (Rel::Participates, _) => ", color=\"#15803d\"",
                (Rel::Organizes, _) => ", color=\"#b45309\"",
                (Rel::Awards | Rel::Confers, _) => ", color=\"#be185d\"",
                (Rel::SubOrg, _) => ", color=\"#b45309\", arrowhead=empty",
            };
            let _ = writeln!(
                out,
                "  n{} -> n{} [label={}{style}];",
                id[&a],
                id[&b],
                quote(&wrap(&edge.label, 28))
            );
        }
        for (i, note) in notes.iter().enumerate() {
            let _ = writeln!(
                out,
                "  note{i} [shape=note, style=filled, fillcolor=\"#ffffff\", color=\"#999999\", label={}];",
                quote(&wrap(note, 60))
            );
        }
        self.write_legend(&mut out, &nodes, &edges);
        out.push_str("}\n");
        out
    }

    pub(super) fn write_node(
        &self,
        out: &mut String,
        n: NodeIndex,
        id: &HashMap<NodeIndex, usize>,
        focus: Option<NodeIndex>,
        indent: usize,
    ) {
        let node = &self.g[n];
        let bold = if Some(n) == focus { ", penwidth=3" } else { "" };
        let _ = writeln!(
            out,
            "{:indent$}n{} [label={}, {}{bold}, tooltip={}];",
            "",
            id[&n],
            quote(&wrap(&node.label, 24)),
            node.kind.style(),
            quote(&node.iri),
            indent = indent * 2
        );
    }

    pub(super) fn write_cluster(
        &self,
        out: &mut String,
        n: NodeIndex,
        id: &HashMap<NodeIndex, usize>,
        children: &BTreeMap<usize, Vec<NodeIndex>>,
        focus: Option<NodeIndex>,
        indent: usize,
    ) {
        let pad = indent * 2;
        let _ = writeln!(out, "{:pad$}subgraph cluster_n{} {{", "", id[&n]);
        let _ = writeln!(
            out,
            "{:pad$}  label=\"\"; style=\"rounded,filled\"; color=\"#e5c07b\"; fillcolor=\"#fffbeb\";",
            ""
        );
        self.write_node(out, n, id, focus, indent + 1);
        for &c in children.get(&id[&n]).into_iter().flatten() {
            if children.contains_key(&id[&c]) {
                self.write_cluster(out, c, id, children, focus, indent + 1);
            } else {
                self.write_node(out, c, id, focus, indent + 1);
            }
        }
        let _ = writeln!(out, "{:pad$}}}", "");
    }

    pub(super) fn write_legend(&self, out: &mut String, nodes: &[NodeIndex], edges: &[EdgeIndex]) {
        let kinds: BTreeSet<Kind> = nodes.iter().map(|n| self.g[*n].kind).collect();
        if kinds.is_empty() {
            return;
        }
        out.push_str("  subgraph cluster_legend {\n");
        out.push_str(
            "    label=\"Chú giải (legend)\"; fontsize=10; style=rounded; color=\"#999999\";\n",
        );
        for k in &kinds {
            let _ = writeln!(
                out,
                "    legend_{} [label={}, {}, fontsize=9];",
                k.name(),
                quote(k.legend()),
                k.style()
            );
        }
        if kinds.len() > 1 {
            // An invisible chain lays the kinds out in one row.
            let chain: Vec<String> = kinds
                .iter()
                .map(|k| format!("legend_{}", k.name()))
                .collect();
            let _ = writeln!(out, "    {} [style=invis];", chain.join(" -> "));
        }
        let statuses: BTreeSet<Status> = edges
            .iter()
            .filter(|e| self.g[**e].rel == Rel::Membership)
            .filter_map(|e| self.g[*e].status)
            .collect();
        for s in statuses {
            let (label, style) = match s {
                Status::Held => ("đang giữ (held)", ""),
                Status::Starts => ("nhận chức (starts)", ", penwidth=2"),
                Status::Former => ("nguyên (former)", ", style=dashed"),
                Status::Ends => ("thôi (ends)", ", style=dotted"),
            };
            let name = s.as_str();
            let _ = writeln!(
                out,
                "    legend_{name}_a [shape=point, width=0.05, color=\"#999999\"];\n    \
                 legend_{name}_b [shape=point, width=0.05, color=\"#999999\"];\n    \
                 legend_{name}_a -> legend_{name}_b [label=\"{label}\", color=\"#1d4ed8\"{style}];"
            );
        }
        out.push_str("  }\n");
    }
}

pub(super) const FONT: &str = "Helvetica,Arial,sans-serif";
