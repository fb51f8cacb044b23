"""从手机添加…: the QR code, the address and the batches a phone sends."""
