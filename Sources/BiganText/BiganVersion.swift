/// The version `bigan --version` prints.
public enum BiganVersion {
    public static let current = "0.3.0"
}
