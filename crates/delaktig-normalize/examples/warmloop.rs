use delaktig_normalize::Normalizer;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text: String = args[2..]
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n");
    let n = Normalizer::new();
    let reps: usize = args[1].parse().unwrap();
    let mut total = 0;
    for _ in 0..reps {
        total += n.normalize(&text).text.len();
    }
    println!("{total}");
}
