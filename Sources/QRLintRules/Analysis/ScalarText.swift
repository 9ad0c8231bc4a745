/// Scalars indexed from 0 that the text readers (`DateText`, `ChineseNumberText`) take: a unit's text read in
/// place in `ProseScan.scalars` (no copy, no retain) as well as an array.
protocol ScalarText: RandomAccessCollection where Element == Unicode.Scalar, Index == Int {}

extension Array: ScalarText where Element == Unicode.Scalar {}
extension UnsafeBufferPointer: ScalarText where Element == Unicode.Scalar {}
