fn main() {
    println!("claimscope: not yet");
}
